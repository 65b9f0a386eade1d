import { defineField, defineType } from 'sanity'
import { VIDEO_PROVIDERS, videoIdProblem, isVideoProvider } from '../../../lib/content/video'

export const video = defineType({
  name: 'video',
  title: 'Video',
  type: 'object',
  fields: [
    defineField({
      name: 'provider',
      title: 'Provider',
      type: 'string',
      options: { list: VIDEO_PROVIDERS.map((p) => ({ title: p.name, value: p.id })) },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'videoId',
      title: 'Video ID',
      type: 'string',
      validation: (rule) =>
        rule.required().custom((id, context) => {
          const provider = (context.parent as { provider?: string } | undefined)?.provider
          if (typeof id !== 'string' || !provider || !isVideoProvider(provider)) return true
          return videoIdProblem(provider, id) ?? true
        }),
    }),
    defineField({ name: 'title', title: 'Title', type: 'string', validation: (rule) => rule.required() }),
  ],
  preview: { select: { title: 'title', subtitle: 'provider' } },
})

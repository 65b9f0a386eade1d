import { defineField, defineType } from 'sanity'
import { VIDEO_PROVIDERS, videoIdProblem, isVideoProvider } from '../../../lib/domain/video'

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
      validation: (rule) =>
        rule.required().error(`Choose where the video is hosted (${VIDEO_PROVIDERS.map((p) => p.name).join(' or ')}).`),
    }),
    defineField({
      name: 'videoId',
      title: 'Video ID',
      type: 'string',
      validation: (rule) => [
        rule.required().error('Enter the video id from its address (e.g. the part after watch?v= on YouTube).'),
        rule.custom((id, context) => {
          const provider = (context.parent as { provider?: string } | undefined)?.provider
          if (typeof id !== 'string' || !provider || !isVideoProvider(provider)) return true
          return videoIdProblem(provider, id) ?? true
        }),
      ],
    }),
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      validation: (rule) => rule.required().error('Give the video a title that says what it shows.'),
    }),
  ],
  preview: { select: { title: 'title', subtitle: 'provider' } },
})

import { defineField, defineType } from 'sanity'
import { CODE_SYSTEMS, codeFormatProblem, isCodeSystemId } from '../../../lib/domain/codes'

export const medicalCode = defineType({
  name: 'medicalCode',
  title: 'Medical code',
  type: 'object',
  fields: [
    defineField({
      name: 'system',
      title: 'Coding system',
      type: 'string',
      options: {
        list: CODE_SYSTEMS.map((s) => ({ title: s.name, value: s.id })),
        layout: 'dropdown',
      },
      validation: (rule) => rule.required().error('Choose the coding system this code belongs to.'),
    }),
    defineField({
      name: 'code',
      title: 'Code',
      type: 'string',
      description: 'Enter a code only when you have checked it in the official browser of its system.',
      validation: (rule) => [
        rule.required().error('Enter the code exactly as its coding system writes it (e.g. E83.59 in ICD-10-CM).'),
        rule.custom((code, context) => {
          const system = (context.parent as { system?: string } | undefined)?.system
          if (typeof code !== 'string' || !system || !isCodeSystemId(system)) return true
          return codeFormatProblem(system, code) ?? true
        }),
      ],
    }),
    defineField({
      name: 'label',
      title: 'Label in that system',
      type: 'string',
      description: 'The name the coding system gives this code, if it differs from the entry title.',
    }),
  ],
  preview: {
    select: { system: 'system', code: 'code', label: 'label' },
    prepare: ({ system, code, label }) => ({
      title: `${CODE_SYSTEMS.find((s) => s.id === system)?.name ?? system ?? '?'} ${code ?? ''}`,
      subtitle: label,
    }),
  },
})

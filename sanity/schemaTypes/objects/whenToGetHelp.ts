import { defineArrayMember, defineField, defineType } from 'sanity'
import { HELP_LEVELS, HELP_LIMITS } from '../../../lib/domain/help'
import { markupProblem } from '../../validation'

/** Graded advice: one list of situations per level, in plain words (lib/domain/help.ts has the words around them). */
export const whenToGetHelp = defineType({
  name: 'whenToGetHelp',
  title: 'When to get help',
  type: 'object',
  fields: HELP_LEVELS.map((level) =>
    defineField({
      name: level.key,
      title: level.title,
      description: `${level.action} … — one situation a reader can recognise per line, in plain words (e.g. "Your skin gets red, hot and painful").`,
      type: 'array',
      of: [
        defineArrayMember({
          type: 'string',
          validation: (rule) => [
            rule
              .required()
              .min(4)
              .max(HELP_LIMITS.itemLength)
              .error(`Write the situation in 4 to ${HELP_LIMITS.itemLength} characters.`),
            rule.custom((value) => (typeof value === 'string' ? (markupProblem(value) ?? true) : true)),
          ],
        }),
      ],
      validation: (rule) =>
        rule
          .max(HELP_LIMITS.itemsPerLevel)
          .error(`At most ${HELP_LIMITS.itemsPerLevel} situations: keep the ones readers most need.`),
    }),
  ),
})

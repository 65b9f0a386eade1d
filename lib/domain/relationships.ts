/**
 * How one entry relates to another. An association is stored on one entry ("A → B");
 * the page of B shows it from the other side, so every kind has a label for each direction.
 */
export const RELATIONSHIPS = [
  {
    kind: 'occursIn',
    title: 'Occurs in',
    forward: 'Occurs in people with',
    inverse: 'Can occur in people with this condition',
    description: 'This condition arises in people who have the linked condition.',
  },
  {
    kind: 'riskFactor',
    title: 'Risk factor',
    forward: 'Risk factor',
    inverse: 'Raises the risk of',
    description: 'The linked condition makes this one more likely.',
  },
  {
    kind: 'complication',
    title: 'Complication',
    forward: 'Can lead to',
    inverse: 'Can be a complication of',
    description: 'The linked condition can develop as a result of this one.',
  },
  {
    kind: 'similarPresentation',
    title: 'Similar presentation',
    forward: 'Can look similar',
    inverse: 'Can look similar',
    description: 'The two conditions can look alike, for example on the skin.',
  },
  {
    kind: 'differentialDiagnosis',
    title: 'Differential diagnosis',
    forward: 'Considered in the diagnosis',
    inverse: 'Considered in the diagnosis',
    description: 'Doctors rule the linked condition out when they consider this one.',
  },
] as const

export type RelationshipKind = (typeof RELATIONSHIPS)[number]['kind']

export const RELATIONSHIP_KINDS = RELATIONSHIPS.map((r) => r.kind) as [RelationshipKind, ...RelationshipKind[]]

export function relationship(kind: RelationshipKind) {
  const found = RELATIONSHIPS.find((r) => r.kind === kind)
  if (!found) throw new Error(`Unknown relationship kind: ${kind}`)
  return found
}

export const RARITIES = [
  { value: 'veryRare', title: 'Very rare' },
  { value: 'rare', title: 'Rare' },
  { value: 'uncommon', title: 'Uncommon' },
  { value: 'common', title: 'Common' },
  { value: 'veryCommon', title: 'Very common' },
] as const

export type Rarity = (typeof RARITIES)[number]['value']
export const RARITY_VALUES = RARITIES.map((r) => r.value) as [Rarity, ...Rarity[]]

import { category } from './documents/category'
import { disease } from './documents/disease'
import { person } from './documents/person'
import { associatedCondition } from './objects/associatedCondition'
import { citation } from './objects/citation'
import { differentialDiagnosis } from './objects/differentialDiagnosis'
import { figure } from './objects/figure'
import { medicalCode } from './objects/medicalCode'
import { sectionBody } from './objects/sectionBody'
import { subtype } from './objects/subtype'
import { typicalTest } from './objects/typicalTest'
import { video } from './objects/video'
import { whenToGetHelp } from './objects/whenToGetHelp'

export const schemaTypes = [
  disease,
  category,
  person,
  associatedCondition,
  citation,
  differentialDiagnosis,
  figure,
  medicalCode,
  sectionBody,
  subtype,
  typicalTest,
  video,
  whenToGetHelp,
]

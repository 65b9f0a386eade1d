/** The reader interface's words in Spanish (neutral, "usted"), with the same keys as the English (en.ts). */
import type { Messages } from './en'
import { FALLBACK_WORDS } from './fallback'

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

export const es: Messages = {
  site: {
    name: 'Open Medical Encyclopedia',
    description:
      'Una enciclopedia abierta y estructurada de enfermedades: resúmenes en lenguaje sencillo, información clínica, códigos y referencias, de lectura y uso libres.',
    disclaimer:
      'Esta enciclopedia ofrece información general, no consejo médico. No puede diagnosticarle ni decirle qué tratamiento es el adecuado para usted: hable con un médico u otro profesional sanitario cualificado sobre su propia salud.',
    skipLink: 'Ir al contenido',
    feedTitle: (site: string) => `${site}: artículos actualizados recientemente`,
  },
  nav: {
    main: 'Principal',
    breadcrumb: 'Ruta de navegación',
    home: 'Inicio',
    az: 'Enfermedades de la A a la Z',
    categories: 'Categorías',
    explore: 'Explorar',
  },
  language: {
    switcher: 'Idiomas',
    readIn: 'Esta página en',
    notTranslated: (name: string) => `${name}: aún no traducida`,
    inLanguage: (name: string) => `en ${name}`,
    names: { en: 'inglés', es: 'español' },
    staleTitle: 'La versión en inglés de esta página ha cambiado desde que se hizo esta traducción',
    staleBody: 'Es posible que esta traducción no recoja los últimos cambios.',
    staleLink: 'Leer la versión en inglés',
    translationNote: (source: string) => `Traducido del artículo en inglés «${source}».`,
  },
  search: {
    title: 'Buscar',
    description: 'Busque en la enciclopedia por nombre, otro nombre o código clínico.',
    ...FALLBACK_WORDS.es.search,
    placeholder: 'Buscar enfermedades, nombres o códigos',
    suggestions: 'Sugerencias',
    hint: 'Busque por nombre, otro nombre, palabras de un síntoma o un código clínico como E83.59. No importan los acentos ni las faltas de ortografía.',
    results: (n: number, q: string) =>
      `${n === 0 ? 'No hay resultados' : plural(n, 'resultado', 'resultados')} para «${q}»`,
    tryOther: 'Pruebe con menos palabras o con otras, o consulte',
    allAz: 'todas las enfermedades de la A a la Z',
    alsoKnownAs: (name: string) => `También llamada ${name}`,
  },
  home: {
    lead: 'Una enciclopedia gratuita de enfermedades, escrita en lenguaje sencillo y ordenada como una obra de referencia médica: qué es cada enfermedad, cómo se manifiesta, cómo se diagnostica y se trata, con qué otras enfermedades se relaciona y en qué fuentes se basa cada afirmación.',
    count: (n: number) => `${plural(n, 'artículo', 'artículos')} en español por ahora.`,
    browse: ['Consúltelos', 'de la A a la Z', 'o', 'por categoría', ', o use el buscador.'],
    embedNote:
      'Clínicas, asociaciones de pacientes y aplicaciones pueden insertar cualquier artículo o buscarlo por su código clínico.',
    recent: 'Revisados recientemente',
    reviewed: 'Revisado el',
    byCategory: 'Consultar por categoría',
  },
  az: {
    title: 'Enfermedades de la A a la Z',
    description: 'Todos los artículos sobre enfermedades de la enciclopedia, de la A a la Z.',
    letters: 'Letras',
    empty: 'Todavía no hay artículos.',
    also: (names: string) => `También: ${names}`,
    letterTitle: (letter: string) => `Enfermedades de la A a la Z: ${letter === '#' ? 'otros' : letter}`,
    letterDescription: (letter: string) =>
      letter === '#'
        ? 'Los artículos cuyo título empieza por un número o un signo.'
        : `Los artículos cuyo título empieza por ${letter}.`,
    letterCount: (n: number) => plural(n, 'artículo', 'artículos'),
    pages: 'Páginas',
    page: (n: number, of: number) => `Página ${n} de ${of}`,
    previous: 'Página anterior',
    next: 'Página siguiente',
  },
  categories: {
    title: 'Categorías',
    description: 'Consulte las enfermedades por categoría y por la especialidad que las atiende.',
    intro:
      'Consulte los artículos según la parte del cuerpo a la que afectan o el tipo de enfermedad. Cada categoría indica la especialidad médica que suele atenderla.',
    empty: 'Todavía no hay categorías.',
    bySpecialty: 'Por especialidad',
    entryCount: (n: number) => plural(n, 'artículo', 'artículos'),
    specialty: (s: string) => `Especialidad: ${s}`,
    subcategories: 'Subcategorías',
    entries: 'Artículos',
    noEntries: 'Todavía no hay artículos en esta categoría.',
    inCategory: (title: string) => `Artículos de la categoría ${title}.`,
    notFound: 'Categoría no encontrada',
  },
  explore: {
    title: 'Explore cómo se relacionan las enfermedades',
    description: 'La red completa de enfermedades de la enciclopedia y los vínculos entre ellas.',
    partial: (drawn: number, all: number) =>
      `La imagen y la lista muestran los ${drawn} artículos con más vínculos de un total de ${all}. Todos los artículos:`,
    intro:
      'Cada artículo es un punto, y cada vínculo que un editor registró entre dos artículos es una línea. Los puntos más grandes tienen más vínculos. Seleccione un punto para abrir el artículo o use la lista que hay debajo de la imagen.',
    graphTitle: 'Red de enfermedades de la enciclopedia',
    graphDescription: (nodes: number, edges: number) =>
      `${nodes} artículos y ${edges} vínculos entre ellos. Cada artículo y sus vínculos aparecen en la lista bajo la imagen.`,
    connections: 'Vínculos, artículo por artículo',
  },
  entry: {
    notFound: 'Artículo no encontrado',
    alsoKnownAs: 'También llamada: ',
    codes: 'Códigos',
    medicalCodes: 'Códigos médicos',
    categories: 'Categorías',
    howCommon: 'Frecuencia',
    characterisedBy: (title: string) => `Características de: ${title}`,
    types: 'Tipos',
    tests: 'Pruebas que se usan a menudo',
    test: 'Prueba',
    whatItShows: 'Qué muestra',
    lookSimilar: 'Enfermedades que pueden parecerse',
    condition: 'Enfermedad',
    howItDiffers: 'En qué se diferencia',
    onThisPage: 'En esta página',
    media: 'Imágenes y vídeo',
    video: (provider: string) => `Vídeo en ${provider}`,
    related: 'Enfermedades relacionadas',
    graphTitle: (title: string) => `Cómo se relaciona ${title} con otras enfermedades`,
    graphDescription: (title: string, n: number, list: string) =>
      `${title} está vinculada a ${plural(n, 'enfermedad', 'enfermedades')}: ${list}. Los mismos vínculos aparecen en la lista de abajo.`,
    graphLegend:
      'Líneas: continua — aparece en, complicación; discontinua — factor de riesgo; de puntos — se parece o se tiene en cuenta en el diagnóstico. Las flechas salen del artículo que registra el vínculo.',
    associated: 'Enfermedades asociadas',
    mentionedBy: 'Artículos que mencionan este',
    mentions: 'Menciona esta enfermedad',
    references: 'Referencias',
    reference: (n: number) => `Referencia ${n}`,
    disclaimerTitle: 'Aviso médico. ',
    lastReviewed: 'Última revisión el',
    nextReview: 'Próxima revisión prevista:',
    notReviewed: 'Este artículo aún no se ha revisado.',
  },
  sections: {
    overview: 'Descripción general',
    symptoms: 'Signos y síntomas',
    causes: 'Causas',
    riskFactors: 'Factores de riesgo',
    genetics: 'Genética',
    pathophysiology: 'Cómo se produce',
    diagnosis: 'Diagnóstico',
    screening: 'Cribado',
    prevention: 'Prevención',
    treatment: 'Tratamiento y cuidados',
    complications: 'Complicaciones',
    outlook: 'Pronóstico',
    epidemiology: 'Epidemiología',
    research: 'Curación e investigación',
  },
  help: {
    title: 'Cuándo pedir ayuda',
    levels: {
      emergency: {
        title: 'Llame ahora a un número de emergencias',
        action:
          'Llame al número de emergencias de su país (112 en toda Europa, 911 en Estados Unidos, Canadá y muchos países de América Latina) o acuda al servicio de urgencias más cercano si:',
        marker: 'Emergencia',
      },
      urgent: {
        title: 'Busque atención médica hoy',
        action:
          'Pida hoy una cita urgente con un médico, o acuda a un servicio de atención urgente o a una línea de consejo sanitario, si:',
        marker: 'Urgente',
      },
      routine: { title: 'Consulte pronto a un médico', action: 'Pida cita con su médico si:', marker: 'Pronto' },
    },
  },
  relationships: {
    occursIn: {
      forward: 'Aparece en personas con',
      inverse: 'Puede aparecer en personas con esta enfermedad',
      edge: 'aparece en',
    },
    riskFactor: { forward: 'Factor de riesgo', inverse: 'Aumenta el riesgo de', edge: 'factor de riesgo' },
    complication: { forward: 'Puede causar', inverse: 'Puede ser una complicación de', edge: 'complicación' },
    similarPresentation: { forward: 'Puede parecerse', inverse: 'Puede parecerse', edge: 'se parece' },
    differentialDiagnosis: {
      forward: 'Se tiene en cuenta en el diagnóstico',
      inverse: 'Se tiene en cuenta en el diagnóstico',
      edge: 'diferencial',
    },
  },
  mentionsEdge: 'menciona',
  rarity: {
    veryRare: 'Muy rara',
    rare: 'Rara',
    uncommon: 'Poco frecuente',
    common: 'Frecuente',
    veryCommon: 'Muy frecuente',
  },
  review: {
    by: (name: string, details: string) => ` por ${name}${details}`,
    editorial: (by: string) =>
      `una revisión editorial${by} de la traducción frente al artículo en inglés y sus fuentes citadas; no es una revisión clínica`,
    clinical: (by: string) => `una revisión clínica${by}`,
    unknown: (by: string) => `una revisión${by} (no se registró de qué tipo)`,
  },
  notFound: FALLBACK_WORDS.es.notFound,
  error: FALLBACK_WORDS.es.error,
  unavailable: {
    title: 'No disponible temporalmente',
    heading: 'Esta página no está disponible en este momento',
    lead: 'Ahora mismo no podemos acceder a nuestro almacén de contenidos y aún no tenemos una copia guardada de esta página. Vuelva a intentarlo dentro de un minuto.',
    still: [
      'Las páginas que ya ha visitado, la',
      'lista de la A a la Z',
      'y la',
      'página de inicio',
      'siguen disponibles.',
    ],
  },
  embed: {
    from: 'De la',
    readFull: 'Leer el artículo completo',
    browse: (site: string) => `Consultar la ${site}`,
  },
}

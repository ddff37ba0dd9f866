/**
 * Lo que la skill dice fuera de los temas, en español de Estados Unidos.
 *
 * Tratamiento: TÚ en todo el módulo (es lo habitual en Alexa en español y suena a vecino, no a
 * oficina). Si un día se cambia a usted, hay que cambiarlo en todos los archivos de content/es-US.
 *
 * Nada en las fuentes dice que Summit Helps atienda en español: no se dice. Donde se da su número
 * se da también la Línea Nacional de Ayuda de SAMHSA, que sí atiende en español; y el 988 siempre
 * va con su opción en español ("marca el 2").
 */
import type * as en from '../prompts';
import type { Card, FollowUp } from '../types';
import { crisisLines, dice, helpLineCardLine as cardLine, say, helpLineNumberCard } from './helpLine';

export type { Prompt } from '../prompts';

const whatNext: FollowUp = {
  question: '¿Qué quieres saber?',
  reprompt: `Puedes preguntar por los efectos secundarios, la adicción o la abstinencia, o decir "el número" para ${dice.helpLineName}. ¿Qué quieres saber?`,
  offer: { kind: 'anythingElse' },
};

const repeatNumbers: FollowUp = {
  question: '¿Quieres que te los repita?',
  reprompt: '¿Te digo esos números otra vez?',
  offer: { kind: 'repeat' },
};

/** La línea al final de la tarjeta de toda respuesta sobre mal uso, abstinencia, alcohol o ayuda (con SAMHSA). */
export const helpLineCardLine: typeof en.helpLineCardLine = cardLine;

/** Cómo se une una lista hablada: "a, b y c" (sin coma antes de la "y"). */
export const listWords: typeof en.listWords = { and: 'y', serialComma: false };

/** Una vez por sesión, antes de la primera respuesta informativa: lo más corto posible. */
export const disclaimer: string = 'Esto es información general, no consejo médico.';

/** Variantes al azar para quien vuelve; los datos nunca cambian. */
export const launch: typeof en.launch = [
  `Hola, soy la Guía de Baclofeno. Te doy información general, no consejo médico. Pregúntame por los efectos secundarios del baclofeno, si es adictivo, o cómo contactar a ${dice.helpLineName}.`,
  `Hola, esta es la Guía de Baclofeno. Doy información general, no consejo médico. Puedes preguntar por efectos secundarios, adicción o abstinencia, o pedir el número de ${dice.helpLineName}.`,
];
export const launchFollowUp: typeof en.launchFollowUp = whatNext;

export const help: typeof en.help = [
  `Puedes preguntarme qué es el baclofeno, cuáles son sus efectos secundarios o si es adictivo. Di "el número" para oír el de ${dice.helpLineName}.`,
  `Por ejemplo, pregúntame: cuáles son los efectos secundarios, es adictivo el baclofeno, o qué pasa si lo dejo. O di "mándame el número por texto" para recibirlo en tu teléfono.`,
];
export const helpFollowUp: typeof en.helpFollowUp = whatNext;

/** Unas 35 palabras: no entendí, las líneas de crisis, lo que puedo hacer, una pregunta. Sin promoción. */
export const fallback: typeof en.fallback = {
  speech: `Perdona, no te entendí. Si alguien está en peligro, llama al ${say.emergency}. Si piensas en el suicidio, al ${say.lifeline}; ${dice.lifelineSpanish}. Te puedo contar de los efectos secundarios del baclofeno, la adicción o la abstinencia.`,
  followUp: whatNext,
};

export const goodbye: typeof en.goodbye = ['Cuídate.', 'Adiós, cuídate mucho.', 'Muy bien. Cuídate.'];

export const error: typeof en.error = {
  speech: `Perdona, algo falló de mi lado. Puedes preguntar otra vez, o pedir el número de ${dice.helpLineName}.`,
  followUp: whatNext,
};

export const startOver: typeof en.startOver = {
  speech: 'Muy bien, empecemos de nuevo.',
  followUp: whatNext,
};

/** "Sí" cuando no se ofreció nada, o "sí" a "¿algo más?". */
export const yesWithoutOffer: typeof en.yesWithoutOffer = {
  speech: 'Claro. Pregúntame por los efectos secundarios del baclofeno, la adicción o la abstinencia.',
  followUp: whatNext,
};

/** "No" a una oferta: una vez "¿algo más?"; un segundo "no" se despide. */
export const declinedOffer: typeof en.declinedOffer = {
  speech: 'Está bien.',
  followUp: {
    question: '¿Hay algo más que quieras saber del baclofeno?',
    reprompt: '¿Algo más sobre el baclofeno? Si no, di "adiós".',
    offer: { kind: 'anythingElse' },
  },
};

export const nothingToRepeat: typeof en.nothingToRepeat = {
  speech: 'Todavía no he dicho nada.',
  followUp: whatNext,
};

export const nothingMore: typeof en.nothingMore = {
  speech: 'Eso es todo lo que tengo sobre ese tema.',
  followUp: whatNext,
};

const doctorCard: Card = {
  title: 'Pregúntale a tu médico o farmacéutico',
  text: 'Las preguntas sobre tu dosis, el embarazo, los niños o tus otros medicamentos dependen de tu salud. Pregúntale a tu médico o farmacéutico.',
};

/** Una pregunta médica personal: la skill no la responde. Se van turnando; los datos son los mismos. */
export const askYourDoctor: typeof en.askYourDoctor = {
  speech: [
    'Eso depende de tu salud y de tus medicamentos, así que es para tu médico o farmacéutico. Yo te puedo dar datos generales, como los efectos secundarios o la abstinencia.',
    'Eso te lo debe contestar tu médico o farmacéutico, porque depende de ti. Yo te puedo contar datos generales, por ejemplo, cómo funciona el baclofeno.',
    'Eso no te lo puedo contestar a ti en particular. Un farmacéutico sí, muchas veces por teléfono. Mientras tanto, te puedo contar de los efectos secundarios o de mezclarlo con alcohol.',
  ],
  followUp: whatNext,
  card: doctorCard,
};

/** Manejar, una prueba de drogas, cuánto dura en el cuerpo: una respuesta útil, no "depende". */
export const driving: typeof en.driving = {
  speech:
    'El baclofeno puede darte sueño o mareo, así que no manejes ni uses máquinas hasta saber cómo te afecta. Tu médico te puede decir qué es seguro para ti.',
  followUp: whatNext,
  card: {
    title: 'El baclofeno y manejar',
    text: 'El baclofeno puede dar sueño y mareo, más aún con alcohol u otros sedantes. No manejes ni uses máquinas hasta saber cómo te afecta; pregúntale a tu médico.',
  },
};
export const drugTest: typeof en.drugTest = {
  speech:
    'El baclofeno no es un opioide ni una sustancia controlada. Lo que busca cada prueba de drogas varía, así que pregúntale al laboratorio o a tu farmacéutico, y diles que lo tomas.',
  followUp: whatNext,
  card: {
    title: 'El baclofeno y las pruebas de drogas',
    text: 'El baclofeno no es un opioide ni una sustancia controlada. Lo que detecta cada prueba varía: pregúntale al laboratorio o a tu farmacéutico, y diles que tomas baclofeno.',
  },
};
export const timeInSystem: typeof en.timeInSystem = {
  speech:
    'El baclofeno sale del cuerpo sobre todo por los riñones, así que cuánto dura depende de tus riñones y de tu dosis. Tu farmacéutico te puede decir cómo es en tu caso.',
  followUp: whatNext,
  card: {
    title: 'Cuánto dura el baclofeno en el cuerpo',
    text: 'El baclofeno sale sobre todo por los riñones; cuánto dura depende de cómo funcionan los riñones y de la dosis. Pregúntale a tu farmacéutico por tu caso.',
  },
};

/** Otro medicamento ("¿el Xanax es adictivo?"): nunca los datos del baclofeno como si fueran suyos. */
export const otherMedicine: typeof en.otherMedicine = {
  speech:
    'Yo solo sé del baclofeno, así que no puedo contestarte sobre otros medicamentos. Tu médico o farmacéutico sí puede.',
  followUp: {
    question: '¿Quieres saber algo del baclofeno?',
    reprompt:
      'Puedes preguntar por los efectos secundarios del baclofeno, la adicción o la abstinencia. ¿Qué quieres saber?',
    offer: { kind: 'anythingElse' },
  },
  card: {
    title: 'Solo baclofeno',
    text: 'Guía de Baclofeno solo habla del baclofeno. Para otros medicamentos, pregúntale a tu médico o farmacéutico.',
  },
};

/** Algo que se cuenta, no una pregunta ("mi mamá toma baclofeno"): una pregunta abierta y cálida. */
export const statement: typeof en.statement = {
  speech: [
    'Gracias por contármelo. Te puedo contar de los efectos secundarios, la abstinencia o la mezcla con alcohol.',
    'Muy bien, gracias por compartirlo. Te puedo hablar de los efectos secundarios, de cómo dejarlo sin riesgo o de mezclarlo con alcohol.',
  ],
  followUp: {
    question: '¿Qué te gustaría saber del baclofeno?',
    reprompt:
      'Puedes preguntar por los efectos secundarios, la abstinencia o la mezcla con alcohol. ¿Qué te gustaría saber?',
    offer: { kind: 'anythingElse' },
  },
};

/**
 * Una marca o forma dicha en vez de "baclofeno": una vez por sesión, antes de la respuesta.
 * Las claves son las mismas palabras que en inglés (así llega el valor del slot).
 */
export const brandNotes: typeof en.brandNotes = {
  lioresal: 'Lioresal es una marca de baclofeno.',
  ozobax: 'Ozobax es baclofeno líquido.',
  fleqsuvy: 'Fleqsuvy es baclofeno líquido.',
  lyvispah: 'Lyvispah es baclofeno en gránulos.',
  gablofen: 'Gablofen es baclofeno para bombas.',
  kemstro: 'Kemstro es baclofeno en pastilla.',
};

/**
 * El número de la línea, pedido: despacio, una vez, y se ofrece repetirlo (y luego por texto).
 * Va con la línea de SAMHSA, que atiende en español.
 */
export const helpLineNumber: typeof en.helpLineNumber = {
  speech: `El número de ${dice.helpLineName} es ${say.helpLineNumber}. Para ayuda en español, llama gratis a la línea nacional de ${say.samhsaName}: ${say.samhsa}. Los dos están en tu app de Alexa.`,
  followUp: {
    question: `¿Te repito el de ${dice.helpLineName}?`,
    reprompt: `¿Quieres que te repita el número de ${dice.helpLineName}?`,
    offer: { kind: 'repeatNumber', offerText: true },
  },
  card: helpLineNumberCard,
};

/** Emergencias: primero los números, nada más. Sin promoción ni aviso. */
export const emergency: typeof en.emergency = {
  speech: `Llama al ${say.emergency} ahora mismo. Después, llama a ${crisisLines.poisonControl.name} al ${say.poisonControl}. Si alguien tomó pastillas para hacerse daño, llama o manda un texto al ${say.lifeline} también; ${dice.lifelineSpanish}. Yo no puedo hacer la llamada por ti.`,
  followUp: repeatNumbers,
  card: {
    title: 'Emergencia: llama al 911',
    text: `Llama al 911 ya si alguien tomó demasiado, no despierta, le cuesta respirar o tiene una convulsión. ${crisisLines.poisonControl.name}: ${crisisLines.poisonControl.display} (gratis, 24/7). Pensamientos de suicidio: llama o manda un texto al 988 (marca 2 para español).`,
  },
};

/** Pensamientos de hacerse daño, o preguntas por una dosis mortal: 988 primero, 911 si tomó pastillas, nunca miligramos. */
export const selfHarm: typeof en.selfHarm = {
  speech: `Siento mucho que estés pasando por esto. Puedes llamar o mandar un texto al ${say.lifeline}, a cualquier hora; ${dice.lifelineSpanish}. Si alguien tomó pastillas o está en peligro ahora, llama al ${say.emergency}. ${crisisLines.poisonControl.name}: ${say.poisonControl}.`,
  followUp: repeatNumbers,
  card: {
    title: 'Llama o manda un texto al 988',
    text: `${crisisLines.lifeline.name}: llama o manda un texto al 988, a cualquier hora (marca 2 para español). Si alguien tomó pastillas o está en peligro ahora, llama al 911. ${crisisLines.poisonControl.name}: ${crisisLines.poisonControl.display}.`,
  },
};

/** "¿Los puedes llamar?": la skill no hace llamadas. */
export const callThem: typeof en.callThem = {
  speech: `Yo no puedo hacer llamadas, pero aquí tienes el número de ${dice.helpLineName}: ${say.helpLineNumber}.`,
  followUp: {
    question: '¿Quieres que te lo mande por texto?',
    reprompt: `Te puedo mandar el número de ${dice.helpLineName} por texto. ¿Te lo mando?`,
    offer: { kind: 'textNumber' },
  },
  followUpWithoutText: {
    question: '¿Quieres que te lo repita?',
    reprompt: `¿Te repito el número de ${dice.helpLineName}?`,
    offer: { kind: 'repeatNumber' },
  },
};

/** "Llama a mi mamá": otra persona; la skill no puede hacer llamadas. */
export const cantCall: typeof en.cantCall = {
  speech: 'Perdona, no puedo hacer llamadas.',
  followUp: whatNext,
};

/** "Llámalos" justo después de una emergencia: las líneas de crisis, nunca la de ayuda. */
export const callThemInCrisis: typeof en.callThemInCrisis = {
  speech: `Yo no puedo hacer llamadas. Por favor, llama tú al ${say.emergency} ahora, o llama o manda un texto al ${say.lifeline}; ${dice.lifelineSpanish}.`,
  followUp: repeatNumbers,
};

/** "No" al número de la línea: la Línea Nacional de SAMHSA, en voz alta. */
export const offerSamhsa: typeof en.offerSamhsa = {
  speech: `Está bien. También está la línea nacional de ${say.samhsaName}: es gratis, a toda hora, y atiende en español o en inglés.`,
  followUp: {
    question: '¿Quieres ese número?',
    reprompt: `¿Te doy el número de la línea nacional de ${say.samhsaName}?`,
    offer: { kind: 'readSamhsa' },
  },
};

/** El número de SAMHSA, despacio, una vez. */
export const samhsaNumber: typeof en.samhsaNumber = {
  speech: `La línea nacional de ${say.samhsaName} es ${say.samhsa}. Es gratis y confidencial, y atiende en español.`,
  followUp: {
    question: '¿Quieres que te lo repita?',
    reprompt: '¿Te repito ese número?',
    offer: { kind: 'repeat' },
  },
  card: {
    title: `${crisisLines.samhsa.name}: ${crisisLines.samhsa.display}`,
    text: `${crisisLines.samhsa.name}: ${crisisLines.samhsa.display}. Gratis, confidencial, 24/7, en español y en inglés; orientación para tratamiento, también para el alcohol.`,
  },
};

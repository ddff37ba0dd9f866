import type * as en from '../topics';
import type { FollowUp, ListTopic } from '../types';
import { crisisLines, dice, helpLine, say } from './helpLine';

/**
 * Los temas en español, con la misma forma que los ingleses (el compilador lo comprueba).
 * Un turno es "aviso corto + respuesta + pregunta" y no pasa de unas 50 palabras
 * (test/content.es.test.ts las cuenta). Los temas urgentes empiezan por lo que hay que hacer.
 */

/** Preguntas que comparten varios temas. */
const offerHelp: FollowUp = {
  question: '¿Quieres saber cómo conseguir ayuda?',
  reprompt: '¿Te cuento dónde puedes conseguir ayuda?',
  offer: { kind: 'topic', topic: 'getHelp' },
};
const offerNumbers: FollowUp = {
  question: '¿Quieres los números?',
  reprompt: `¿Te doy el número de ${dice.helpLineName} y el de ${say.samhsaName}, que atiende en español?`,
  offer: { kind: 'readNumber' },
};
const offerRepeat: FollowUp = {
  question: '¿Quieres que lo repita?',
  reprompt: '¿Te lo digo otra vez?',
  offer: { kind: 'repeat' },
};
const offerRunningOut: FollowUp = {
  question: '¿Te digo qué hacer si se te acaba?',
  reprompt: '¿Quieres saber qué hacer si se te acaba el baclofeno?',
  offer: { kind: 'topic', topic: 'runningOut' },
};
const offerSideEffects: FollowUp = {
  question: '¿Quieres saber los efectos secundarios comunes?',
  reprompt: '¿Te digo los efectos secundarios más comunes?',
  offer: { kind: 'topic', topic: 'sideEffects' },
};

export const sideEffects: ListTopic = {
  title: 'Efectos secundarios comunes',
  intro: 'Los efectos secundarios más comunes son',
  continuation: 'Otros son',
  items: [
    'somnolencia',
    'mareos',
    'debilidad',
    'cansancio',
    'dolor de cabeza',
    'náuseas',
    'estreñimiento',
    'confusión',
    'problemas para dormir',
    'presión baja',
    'ganas de orinar más seguido',
  ],
  closing: 'El alcohol y otros sedantes dan todavía más sueño.',
  moreQuestion: {
    question: '¿Quieres oír más?',
    reprompt: '¿Sigo con los efectos secundarios?',
    offer: { kind: 'moreList' },
  },
  followUp: {
    question: '¿Quieres saber cuáles son los graves?',
    reprompt: '¿Te cuento los efectos secundarios graves?',
    offer: { kind: 'topic', topic: 'seriousSideEffects' },
  },
  cardText:
    'Comunes: somnolencia, mareos, debilidad, cansancio, dolor de cabeza, náuseas, estreñimiento, confusión, problemas para dormir, presión baja, orinar más seguido. El alcohol y los sedantes aumentan la somnolencia.',
  points: ['Somnolencia, mareos, debilidad', 'Dolor de cabeza, náuseas, estreñimiento', 'El alcohol da más sueño'],
  lines: 'none',
};

export const topics: typeof en.topics = {
  whatIs: {
    title: '¿Qué es el baclofeno?',
    speech:
      'El baclofeno es un relajante muscular con receta. No es un opioide ni una sustancia controlada. Alivia los espasmos y la rigidez porque actúa en el cerebro y la médula espinal.',
    followUp: {
      question: '¿Quieres saber cómo funciona?',
      reprompt: '¿Te cuento cómo funciona el baclofeno?',
      offer: { kind: 'topic', topic: 'howItWorks' },
    },
    cardText:
      'El baclofeno es un relajante muscular y antiespástico con receta. No es un opioide ni una sustancia controlada en EE. UU. Alivia los espasmos y la rigidez porque actúa en el cerebro y la médula espinal.',
    points: ['Relajante muscular con receta', 'Ni opioide ni controlado', 'Alivia espasmos y rigidez'],
    lines: 'none',
  },
  howItWorks: {
    title: 'Cómo funciona el baclofeno',
    speech:
      'El baclofeno actúa como el GABA, una sustancia natural que calma a los nervios cuando mandan demasiadas señales. Así los músculos tensos se relajan. Ni la etiqueta explica del todo cómo funciona.',
    followUp: {
      question: '¿Quieres saber para qué se usa?',
      reprompt: '¿Te cuento qué trata el baclofeno?',
      offer: { kind: 'topic', topic: 'uses' },
    },
    cardText:
      'El baclofeno imita al GABA, una sustancia que calma las señales de los nervios cuando están demasiado activas, y así los músculos tensos se relajan. No se sabe del todo cómo funciona.',
    points: ['Actúa como el GABA, que calma', 'Calma las señales de los nervios', 'Los músculos tensos se relajan'],
    lines: 'none',
  },
  uses: {
    title: 'Para qué se usa el baclofeno',
    speech:
      'Los médicos recetan el baclofeno para la espasticidad, o sea, rigidez y espasmos, sobre todo por esclerosis múltiple o problemas de la médula espinal. Con una bomba, también trata la espasticidad grave por parálisis cerebral o lesión cerebral.',
    followUp: {
      question: '¿Quieres saber cómo se toma?',
      reprompt: '¿Te cuento cómo se toma el baclofeno?',
      offer: { kind: 'topic', topic: 'howTaken' },
    },
    cardText:
      'El baclofeno trata la espasticidad (rigidez y espasmos), sobre todo por esclerosis múltiple y lesiones o enfermedades de la médula espinal. La bomba implantada también trata la espasticidad grave por parálisis cerebral o lesión cerebral.',
    points: [
      'Espasticidad: rigidez y espasmos',
      'Esclerosis múltiple, lesión de la médula',
      'Bomba: parálisis cerebral, lesión cerebral',
    ],
    lines: 'none',
  },
  howTaken: {
    title: 'Cómo se toma el baclofeno',
    speech:
      'Casi siempre se toma por la boca, en pastillas, en líquido o en gránulos. Para la espasticidad grave y de largo plazo, una bomba implantada lo lleva directo al líquido de la columna.',
    followUp: offerSideEffects,
    cardText:
      'Por la boca: pastillas, líquido (solución o suspensión) o gránulos. Para la espasticidad grave de largo plazo, una bomba implantada lo lleva al líquido cefalorraquídeo (vía intratecal).',
    points: ['Pastillas, líquido o gránulos', 'Bomba implantada en casos graves', 'La bomba lo lleva a la columna'],
    lines: 'none',
  },
  withFood: {
    title: 'El baclofeno y la comida',
    speech: 'Si se toma con comida o en ayunas, pregúntale a tu farmacéutico, que sabe cuál de sus formas te dieron.',
    followUp: offerSideEffects,
    cardText:
      'Con comida o en ayunas: pregúntale a tu farmacéutico, que sabe qué forma tomas. Por la boca, el baclofeno viene en pastillas, líquido (solución o suspensión) o gránulos.',
    points: ['Con comida o no: pregúntale a tu farmacéutico', 'Pastillas, líquido o gránulos'],
    lines: 'none',
  },
  sideEffects,
  seriousSideEffects: {
    title: 'Efectos secundarios graves',
    speech: `Con menos frecuencia causa alucinaciones, confusión o convulsiones, sobre todo si se abusa o se deja de golpe. Si el exceso frena la respiración, llama al ${say.emergency}. Parar una bomba de golpe pone la vida en peligro.`,
    followUp: {
      question: '¿Quieres saber sobre la abstinencia?',
      reprompt: '¿Te cuento qué pasa si se deja el baclofeno de golpe?',
      offer: { kind: 'topic', topic: 'withdrawal' },
    },
    cardText:
      'Alucinaciones, confusión y convulsiones, sobre todo con el mal uso o al dejarlo de golpe. El exceso puede frenar la respiración: llama al 911. Si una bomba implantada se detiene de golpe, puede haber fiebre alta, confusión y rigidez de rebote, y la vida puede correr peligro: ante esas señales, llama al 911.',
    points: ['Alucinaciones y confusión', 'Convulsiones, respiración lenta', 'Nunca suspender una bomba de golpe'],
    lines: 'none',
  },
  addiction: {
    title: '¿El baclofeno es adictivo?',
    speech:
      'El baclofeno no es una sustancia controlada, pero el cuerpo se acostumbra a él, aunque lo tomes como te lo recetaron. Por eso dejarlo de golpe es riesgoso. Algunas personas también lo usan mal por su efecto sedante.',
    followUp: offerHelp,
    cardText:
      'No es una sustancia controlada ni un opioide. Con el uso diario el cuerpo se acostumbra, aun tomándolo como está recetado, así que dejarlo de golpe es riesgoso. Algunas personas lo usan mal y toman más por su efecto sedante.',
    points: ['No es una sustancia controlada', 'El cuerpo se acostumbra', 'También hay mal uso'],
    lines: 'helpLine',
  },
  withdrawal: {
    title: 'Abstinencia: cómo dejarlo sin riesgo',
    speech: `Dejar el baclofeno de golpe tras usarlo seguido puede poner la vida en peligro: convulsiones, alucinaciones, fiebre alta, rigidez que vuelve fuerte. Tu médico baja la dosis despacio. Si pasa ahora, llama al ${say.emergency}.`,
    followUp: offerRunningOut,
    cardText:
      'Dejarlo de golpe después de tomarlo a diario puede causar convulsiones, alucinaciones, confusión, fiebre alta y rigidez que vuelve con fuerza, y puede poner la vida en peligro. El médico baja la dosis poco a poco. Si esas señales están pasando ahora: llama al 911.',
    points: [
      'Puede poner la vida en peligro',
      'Bajar la dosis poco a poco con el médico',
      'Señales ahora: llama al 911',
    ],
    lines: 'helpLine',
  },
  runningOut: {
    title: 'Si se te acaba el baclofeno',
    speech: `Si se te pasaron dosis o se te está acabando el baclofeno, llama hoy mismo a tu médico o a tu farmacia: dejarlo de golpe es riesgoso. Si hay confusión, alucinaciones, fiebre alta o una convulsión, llama al ${say.emergency}.`,
    followUp: {
      question: '¿Quieres saber las señales de abstinencia?',
      reprompt: '¿Te digo las señales de abstinencia del baclofeno?',
      offer: { kind: 'topic', topic: 'withdrawal' },
    },
    cardText:
      'Llama hoy mismo a tu médico o farmacéutico: dejar el baclofeno de golpe es riesgoso. Confusión, alucinaciones, fiebre alta, rigidez que vuelve o una convulsión: llama al 911.',
    points: ['Llama hoy a tu médico o farmacia', 'No lo dejes de golpe', 'Señales de abstinencia: 911'],
    lines: 'emergency',
    urgent: true,
  },
  mixing: {
    title: 'El baclofeno con alcohol o sedantes',
    speech:
      'El alcohol, los opioides, las benzodiacepinas como el Xanax y las pastillas para dormir aumentan la somnolencia del baclofeno, y juntos pueden frenar la respiración. Pregúntale a tu médico o farmacéutico si la mezcla es segura.',
    followUp: offerSideEffects,
    cardText:
      'El alcohol, los opioides, las benzodiacepinas (Xanax, Valium, Klonopin), las pastillas para dormir y otros sedantes aumentan la somnolencia y el mareo, y juntos pueden frenar la respiración. Pregúntale a tu médico o farmacéutico si una mezcla es segura para ti. Si cuesta respirar: llama al 911.',
    points: ['Alcohol, opioides, benzodiacepinas', 'Pastillas para dormir dan más sueño', 'Juntos: respiración lenta'],
    lines: 'none',
  },
  kidneys: {
    title: 'El baclofeno y los riñones',
    speech:
      'El baclofeno sale del cuerpo sobre todo por los riñones. Si los riñones no funcionan bien, se puede acumular, aun con la dosis normal. Tu médico ajusta la dosis, así que pregúntale por tus riñones.',
    followUp: {
      question: '¿Quieres saber las señales de una sobredosis?',
      reprompt: '¿Te digo las señales de tomar demasiado baclofeno?',
      offer: { kind: 'topic', topic: 'overdoseSigns' },
    },
    cardText:
      'El baclofeno sale del cuerpo sobre todo por los riñones. Si los riñones fallan, se puede acumular hasta niveles tóxicos aun con la dosis normal (confusión, mucho sueño, respiración lenta). El médico ajusta la dosis.',
    points: ['Sale por los riñones', 'Se acumula si los riñones fallan', 'Tu médico ajusta la dosis'],
    lines: 'none',
  },
  alcohol: {
    title: 'El baclofeno y las ganas de beber',
    speech:
      'El baclofeno se ha estudiado para calmar las ganas de beber, con resultados mixtos. La FDA no lo aprobó para eso; Francia sí, en 2018, para algunos adultos que no lograron beber menos con otros medicamentos.',
    followUp: {
      question: '¿Quieres el número de una línea gratis?',
      reprompt: `¿Quieres el número de la Línea Nacional de Ayuda de ${say.samhsaName}? Atiende en español y también ayuda con el alcohol.`,
      offer: { kind: 'readSamhsa' },
    },
    cardText:
      'Se ha estudiado para bajar las ganas de beber y el consumo de alcohol, con resultados mixtos. En Estados Unidos la FDA no lo aprobó para el trastorno por consumo de alcohol. Francia lo aprobó en 2018 para algunos adultos con dependencia del alcohol, para beber menos cuando otros medicamentos no funcionaron.',
    points: ['Estudiado para las ganas de beber', 'La FDA no lo aprobó para eso', 'Francia, 2018: algunos adultos'],
    lines: 'helpLine',
  },
  overdoseSigns: {
    title: 'Señales de una sobredosis',
    speech: `Si crees que alguien tuvo una sobredosis, llama al ${say.emergency} ya. Las señales son vómitos, mucho sueño o que no despierte, músculos flojos, respiración lenta o débil, latidos lentos y convulsiones. ${crisisLines.poisonControl.name}: ${say.poisonControl}.`,
    followUp: offerRepeat,
    cardText:
      'Llama al 911 ya ante cualquiera de estas señales: vómitos, mucho sueño, no despierta, músculos flojos, respiración lenta o débil, latidos lentos, convulsiones. Control de Envenenamientos: 1-800-222-1222.',
    points: [
      'Cualquiera de estas: llama al 911',
      'No despierta, respira lento',
      'Vómitos, músculos flojos, convulsiones',
    ],
    lines: 'emergency',
    urgent: true,
  },
  pumpProblem: {
    title: 'Alarma de la bomba o recarga atrasada',
    speech: `Una alarma de la bomba, una recarga atrasada, o rigidez, picazón u hormigueo que vuelven, es urgente: llama ya al médico de la bomba. Si no lo localizas, o hay fiebre alta o confusión, ve a emergencias o llama al ${say.emergency}.`,
    followUp: offerRepeat,
    cardText:
      'Alarma de la bomba, recarga atrasada o primeras señales (vuelve la rigidez, picazón, hormigueo): llama ya al médico de la bomba. Si no lo localizas, o hay fiebre alta, confusión o rigidez fuerte: sala de emergencias o 911. La abstinencia de la bomba puede poner la vida en peligro.',
    points: [
      'Llama ya al médico de la bomba',
      'Primeras señales: rigidez, picazón, hormigueo',
      'No lo localizas: emergencias o 911',
    ],
    lines: 'emergency',
    urgent: true,
  },
  getHelp: {
    title: 'Cómo conseguir ayuda',
    speech: `No dejes el baclofeno de golpe tú solo: un médico puede bajarlo despacio. ${dice.helpLineName}, en ${helpLine.location}, ofrece ${helpLine.what}. En español, también ayuda la línea nacional de ${say.samhsaName}.`,
    followUp: offerNumbers,
    cardText: `No dejes el baclofeno de golpe por tu cuenta: un médico puede bajarlo poco a poco sin riesgo. ${helpLine.name}, en ${helpLine.location}, ofrece ${helpLine.what}, para que sigas con tu vida diaria mientras te recuperas.`,
    points: ['No lo dejes de golpe solo', 'Tratamiento ambulatorio', helpLine.location],
    lines: 'helpLine',
  },
  aboutSummit: {
    title: `Sobre ${helpLine.name}`,
    speech: `${dice.helpLineName} es un programa ambulatorio en ${helpLine.location}, para personas con problemas por el mal uso de medicamentos recetados. Recibes tratamiento con un plan fijo y sigues viviendo en tu casa.`,
    followUp: {
      question: '¿Quieres su número?',
      reprompt: `¿Te doy el número de ${dice.helpLineName}?`,
      offer: { kind: 'readNumber' },
    },
    cardText: `${helpLine.name}: ${helpLine.what} en ${helpLine.location}. Tratamiento con un plan fijo mientras sigues viviendo en tu casa.`,
    points: ['Programa ambulatorio', 'Mal uso de medicamentos recetados', helpLine.location],
    lines: 'helpLine',
  },
};

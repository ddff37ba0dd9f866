import type * as en from '../screens';
import { crisisLines, helpLine } from './helpLine';

/**
 * Palabras que solo aparecen en pantallas (Echo Show, Echo Spot, Fire TV). Lo demás sale de los
 * temas, los mensajes y la línea de ayuda, así la pantalla y la respuesta nunca se contradicen.
 */

export type { ScreenNumber } from '../screens';

/** Botones. Nunca "Llamar": la skill no puede hacer una llamada. */
export const buttons: { readonly [K in keyof typeof en.buttons]: string } = {
  textNumber: 'Mándame el número',
  hearNumber: 'Oír el número',
  moreItems: 'Más',
};

/** Qué decir para recibir el número en el teléfono (una frase del modelo es-US). */
export const textNumberHint: string = 'Di "mándame el número por texto"';

/** La línea de ayuda al pie de cada pantalla que puede llevar promoción. */
export const helpLineNumber: typeof en.helpLineNumber = { label: helpLine.name, number: helpLine.phoneDisplay };

const emergencyNumber: en.ScreenNumber = { label: 'Emergencias', number: crisisLines.emergency.display };
const poisonControlNumber: en.ScreenNumber = {
  label: crisisLines.poisonControl.name,
  number: crisisLines.poisonControl.display,
};
const lifelineNumber: en.ScreenNumber = {
  label: 'Línea de Crisis: llama o manda texto (marca 2 para español)',
  number: crisisLines.lifeline.display,
};

/** Pantallas de emergencia: las tres líneas públicas y nada más (sin promoción ni botones). */
export const emergency: typeof en.emergency = {
  title: 'Emergencia',
  numbers: [emergencyNumber, poisonControlNumber, lifelineNumber],
};
/** Pensamientos de hacerse daño: las mismas tres líneas, el 988 primero. */
export const selfHarm: typeof en.selfHarm = {
  title: 'Habla con alguien ahora',
  numbers: [lifelineNumber, emergencyNumber, poisonControlNumber],
};
/** Los temas sin promoción (señales de sobredosis) muestran estos en vez de la línea de ayuda. */
export const noPromotionNumbers: typeof en.noPromotionNumbers = [emergencyNumber, poisonControlNumber];

/** Inicio y ayuda: qué preguntar (frases del modelo es-US), con la línea de ayuda debajo. */
export const home: typeof en.home = {
  title: 'Guía de Baclofeno',
  points: ['"¿Cuáles son los efectos secundarios?"', '"¿El baclofeno es adictivo?"', '"Mándame el número por texto"'],
};

/** Una pregunta médica personal (el título es el de la tarjeta): lo que va con el médico o farmacéutico. */
export const askYourDoctor: typeof en.askYourDoctor = {
  points: ['Tu dosis', 'Embarazo o niños', 'Otros medicamentos o alcohol'],
};

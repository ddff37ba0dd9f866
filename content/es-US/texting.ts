/**
 * Lo que se dice, se muestra o se manda por texto cuando alguien pide el número por texto.
 *
 * `{lastTwoDigits}` es el único marcador, igual que en inglés: el código pone los dos últimos
 * dígitos del teléfono de quien escucha (para que sepa a qué teléfono va; nunca se guarda).
 */
import type * as en from '../texting';
import type { Card, FollowUp } from '../types';
import { crisisLines, dice, helpLine, helpLineNumberCard, say } from './helpLine';

const skillName = 'Guía de Baclofeno';

/**
 * El mensaje. Un solo segmento SMS: 160 caracteres como mucho y solo texto GSM-7. GSM-7 tiene
 * é, ñ, ü, É, Ñ, Ü, à, è, ì, ò, ù, ¿ y ¡, pero NO á, í, ó, ú: con una sola de esas el mensaje pasa
 * a UCS-2 (70 caracteres). Por eso "Guia" y "mas" van sin tilde. Discreto en la pantalla bloqueada:
 * quién lo manda, los números y cómo darse de baja; ni "adicción" ni "abuso".
 * ALTO tiene que estar configurado como palabra de baja en el proveedor de SMS (STOP ya lo está).
 */
export const smsBody: typeof en.smsBody = `Guia de Baclofeno para Alexa: ${helpLine.name}, ${helpLine.shortLocation}: ${helpLine.phoneDisplay}. En español: SAMHSA ${crisisLines.samhsa.display}. Responde STOP/ALTO para no recibir mas`;

/** Justo antes de la pregunta de consentimiento de Alexa. */
export const askPermission: string = 'Para mandarte un texto, necesito permiso para usar tu número de celular.';

/** La pregunta antes de mandar nada. */
export const confirm: typeof en.confirm = {
  speech: `Te puedo mandar por texto el número de ${dice.helpLineName}.`,
  question: '¿Te lo envío al teléfono que termina en <say-as interpret-as="digits">{lastTwoDigits}</say-as>?',
  reprompt:
    '¿Mando el número al teléfono que termina en <say-as interpret-as="digits">{lastTwoDigits}</say-as>? Di sí o no.',
};

const anythingElse: FollowUp = {
  question: '¿Hay algo más que quieras saber del baclofeno?',
  reprompt: '¿Algo más sobre el baclofeno? Si no, di "adiós".',
  offer: { kind: 'anythingElse' },
};

/** Después de decir el número en vez de mandarlo: se ofrece repetirlo, nunca otro texto. */
const sayItAgain: FollowUp = {
  question: '¿Quieres que te repita el número?',
  reprompt: `¿Te repito el número de ${dice.helpLineName}?`,
  offer: { kind: 'repeatNumber' },
};

/** La tarjeta de toda respuesta que dice el número en vez de mandarlo (lleva también SAMHSA). */
const numberCard: Card = helpLineNumberCard;

const theNumberIs = `El número de ${dice.helpLineName} es ${say.helpLineNumber}.`;
const theNumberIsMidSentence = `el número de ${dice.helpLineName} es ${say.helpLineNumber}.`;
const inTheApp = 'También está en tu app de Alexa.';

/** El proveedor aceptó el mensaje. */
export const sent: typeof en.sent = {
  speech: `Listo. Te mandé el número de ${dice.helpLineName} por texto. Te debería llegar en un minuto.`,
  followUp: anythingElse,
  card: {
    title: `Enviado: ${helpLine.name}`,
    text: `Te mandamos por texto el número de ${helpLine.name} (${helpLine.what}, ${helpLine.location}): ${helpLine.phoneDisplay}, y el de la ${crisisLines.samhsa.name}, que atiende en español: ${crisisLines.samhsa.display}. Responde STOP o ALTO a ese texto para no recibir más.`,
  },
};

/** Un segundo "sí" a una confirmación ya contestada con un texto: no se dice que llegó. */
export const alreadySent: typeof en.alreadySent = {
  speech: `No voy a mandar el mismo texto dos veces. Por si no te llega, ${theNumberIsMidSentence} ${inTheApp}`,
  followUp: sayItAgain,
  card: numberCard,
};

/** "No" a "¿Te lo envío al teléfono que termina en…?" */
export const declinedConfirm: typeof en.declinedConfirm = {
  speech: 'Está bien, no te lo mando.',
  followUp: {
    question: '¿Quieres que te diga el número?',
    reprompt: `¿Te digo el número de ${dice.helpLineName}?`,
    offer: { kind: 'readNumber' },
  },
};

/** Consentimiento negado o sin respuesta por voz. */
export const consentDeclined: typeof en.consentDeclined = {
  speech: `No hay problema. ${theNumberIs} ${inTheApp} Para recibirlo por texto, permite en la app que ${skillName} use tu número de celular, y vuelve a pedírmelo.`,
  followUp: sayItAgain,
  card: {
    title: numberCard.title,
    text: `${numberCard.text}\n\nPara recibirlo por texto, abre ${skillName} en la app de Alexa, entra en su configuración y permite el acceso a tu número de celular.`,
  },
};

/** No se puede pedir el consentimiento por voz: el número ahora y una tarjeta de permiso en la app. */
export const consentByCard: typeof en.consentByCard = {
  speech: `Aquí no puedo pedir ese permiso, así que te mandé una solicitud a la app de Alexa. Cuando permitas el acceso a tu número de celular, pídeme otra vez el texto. Por ahora, ${theNumberIsMidSentence}`,
  followUp: sayItAgain,
};

/** La cuenta no tiene número de celular (HTTP 204). */
export const noNumberOnFile: typeof en.noNumberOnFile = {
  speech: `No veo un número de celular en tu cuenta de Amazon, así que no te puedo mandar el texto. ${theNumberIs} ${inTheApp}`,
  followUp: sayItAgain,
  card: numberCard,
};

/** El número no es de Estados Unidos. */
export const notUsNumber: typeof en.notUsNumber = {
  speech: `Perdona, solo puedo mandar textos a números de Estados Unidos, porque ${dice.helpLineName} está en Nueva Jersey. ${theNumberIs} ${inTheApp}`,
  followUp: sayItAgain,
  card: numberCard,
};

/** La API del perfil falló, se saturó o tardó demasiado. */
export const numberUnavailable: typeof en.numberUnavailable = {
  speech: `Perdona, ahora mismo no pude conseguir tu número de celular. ${theNumberIs} ${inTheApp}`,
  followUp: sayItAgain,
  card: numberCard,
};

/** Ya se mandaron SMS_DAILY_LIMIT textos hoy. */
export const limitReached: typeof en.limitReached = {
  speech: `Hoy ya mandé todos los textos que puedo. ${theNumberIs} ${inTheApp}`,
  followUp: sayItAgain,
  card: numberCard,
};

/** SMS_DAILY_LIMIT es 0: el operador apagó los textos. */
export const textingOff: typeof en.textingOff = {
  speech: `Desde aquí no puedo mandar textos. ${theNumberIs} ${inTheApp}`,
  followUp: sayItAgain,
  card: numberCard,
};

/** El proveedor o el almacén fallaron: no se mandó nada (o no se sabe). */
export const sendFailed: typeof en.sendFailed = {
  speech: `Perdona, no pude mandar el texto. ${theNumberIs} ${inTheApp}`,
  followUp: sayItAgain,
  card: numberCard,
};

/** Un 5xx, un tiempo agotado o una conexión caída: el texto puede llegar o no (la reserva se queda). */
export const sendUncertain: typeof en.sendUncertain = {
  speech: `Perdona, algo falló al mandarlo, así que puede que el texto llegue o no. Por si no llega, ${theNumberIsMidSentence} ${inTheApp}`,
  followUp: sayItAgain,
  card: numberCard,
};

/** "Sí" a "¿Quieres que te repita el número?" después de una de las respuestas de arriba. */
export const numberAgain: typeof en.numberAgain = {
  speech: theNumberIs,
  followUp: anythingElse,
  card: numberCard,
};

/** "Sí" a "¿Te repito el de Summit Helps?" después de pedir el número: luego se ofrece el texto. */
export const numberAgainThenOfferText: typeof en.numberAgainThenOfferText = {
  speech: theNumberIs,
  followUp: {
    question: '¿Quieres que te lo mande por texto?',
    reprompt: `Te puedo mandar el número de ${dice.helpLineName} por texto. ¿Te lo mando?`,
    offer: { kind: 'textNumber' },
  },
  card: numberCard,
};

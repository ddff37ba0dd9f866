/**
 * The token sent with the voice consent request. Alexa hands it back in the
 * SessionResumedRequest, and it says what to do next: continue texting the help-line number.
 * Kept apart from the texting flow so the handler can recognise it without loading the flow.
 */
export const TEXT_NUMBER_AFTER_CONSENT = 'textNumber:afterConsent';

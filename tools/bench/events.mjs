// Request envelopes for the benchmark children: what Alexa sends, as JSON-parsed objects
// (Lambda hands the handler a fresh parsed object per invocation, so each call builds a new one).
// A voice-only device (Echo Dot): no APL, so the screen path stays out of the content measure.

const APP_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000bench';
let counter = 0;

/**
 * One request envelope. `attributes` are the session attributes the previous response returned
 * (undefined: a new session). `system` overrides parts of context.System (api endpoint, token);
 * `userId` and `permissions` describe the listener (permissions as Alexa sends granted consent).
 */
export function envelope(request, { attributes, system = {}, userId = 'amzn1.ask.account.BENCH', permissions } = {}) {
  counter += 1;
  const isNew = attributes === undefined;
  const user = { userId, ...(permissions ? { permissions } : {}) };
  const event = {
    version: '1.0',
    session: {
      new: isNew,
      sessionId: 'amzn1.echo-api.session.bench',
      application: { applicationId: APP_ID },
      attributes: attributes ?? {},
      user,
    },
    context: {
      System: {
        application: { applicationId: APP_ID },
        user,
        device: { deviceId: 'amzn1.ask.device.BENCH', supportedInterfaces: {} },
        apiEndpoint: 'https://api.amazonalexa.com',
        apiAccessToken: 'bench-access-token',
        ...system,
      },
    },
    request: {
      requestId: `amzn1.echo-api.request.bench-${counter}`,
      timestamp: new Date().toISOString(),
      locale: 'en-US',
      ...request,
    },
  };
  // A JSON round trip, as Lambda delivers it: no shared references between requests.
  return JSON.parse(JSON.stringify(event));
}

export const launch = () => ({ type: 'LaunchRequest' });

export const intent = (name, slots = {}, confirmationStatus = 'NONE') => ({
  type: 'IntentRequest',
  dialogState: 'COMPLETED',
  intent: { name, confirmationStatus, slots },
});

/** The mobile-number permission, granted (what Alexa sends once the listener said yes to it). */
export const MOBILE_NUMBER_GRANTED = {
  consentToken: 'bench-consent-token',
  scopes: { 'alexa::profile:mobile_number:read': { status: 'GRANTED' } },
};

/** A minimal Lambda context (the skill only passes it through). */
export function lambdaContext() {
  return {
    awsRequestId: `bench-${counter}`,
    functionName: 'baclofen-guide-bench',
    getRemainingTimeInMillis: () => 8000,
  };
}

/** The spoken text of a response envelope (SSML tags removed), or '' when there is none. */
export function spoken(response) {
  const speech = response?.response?.outputSpeech;
  const text = speech?.ssml ?? speech?.text ?? '';
  return text
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Throws unless the response speaks and matches `pattern`: a benchmark of an error answer is worthless. */
export function expectSpeech(response, pattern, what) {
  const text = spoken(response);
  if (!pattern.test(text)) throw new Error(`${what}: expected speech matching ${pattern}, got ${JSON.stringify(text)}`);
  return text;
}

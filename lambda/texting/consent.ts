import type { RequestEnvelope, interfaces } from 'ask-sdk-model';
import { TEXT_NUMBER_AFTER_CONSENT } from './consentToken';

/** The one permission the skill asks for (also in skill-package/skill.json). */
export const MOBILE_NUMBER_SCOPE = 'alexa::profile:mobile_number:read';

/**
 * Whether the request says the listener granted the mobile-number permission. Alexa sends a
 * per-scope status when it has one; otherwise a consent token means some permission was
 * granted, and the mobile number is the only one this skill asks for. The profile API has the
 * last word: a 403 there means no.
 */
export function requestHasMobileNumberConsent(envelope: RequestEnvelope): boolean {
  const permissions = envelope.context?.System?.user?.permissions;
  const status = permissions?.scopes?.[MOBILE_NUMBER_SCOPE]?.status;
  if (status) return status === 'GRANTED';
  return Boolean(permissions?.consentToken);
}

/** Voice-forward consent: Alexa asks "Do you give Baclofen Guide permission…?" and resumes the skill. */
export function voiceConsentDirective(): interfaces.connections.V1.StartConnectionDirective {
  return {
    type: 'Connections.StartConnection',
    uri: 'connection://AMAZON.AskForPermissionsConsent/2',
    input: {
      '@type': 'AskForPermissionsConsentRequest',
      '@version': '2',
      permissionScopes: [{ permissionScope: MOBILE_NUMBER_SCOPE, consentLevel: 'ACCOUNT' }],
    },
    token: TEXT_NUMBER_AFTER_CONSENT,
  };
}

/** What the consent task reported. */
export type ConsentOutcome = 'accepted' | 'declined' | 'unavailable';

/**
 * Reads the `ConnectionCompleted` cause of a SessionResumedRequest:
 * - status code 200 and result ACCEPTED → accepted;
 * - status code 200 and DENIED, NOT_ANSWERED or anything else → declined;
 * - any other status code: Alexa could not run the consent dialog (a device or locale without
 *   voice consent, or a skill configuration problem) → unavailable, and the skill falls back to
 *   the permission card.
 */
export function consentOutcome(
  cause: { status?: { code?: string | number }; result?: unknown } | undefined,
): ConsentOutcome {
  const code = String(cause?.status?.code ?? '');
  if (code !== '200') return 'unavailable';
  const status = (cause?.result as { status?: unknown } | undefined)?.status;
  return status === 'ACCEPTED' ? 'accepted' : 'declined';
}

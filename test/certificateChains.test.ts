/**
 * lambda/certificateChains.ts on its own: which SignatureCertChainUrl values may be downloaded
 * (Amazon's rules, normalised), and how long a chain or a failure is remembered. Downloads go
 * to the loopback stand-in for Amazon's certificate host (test/support/signing.ts); the clock
 * is the test's.
 */
import { CertificateChains, CertificateError, checkCertificateUrl } from '../lambda/certificateChains';
import { CertificateHost, TestCertificateAuthority } from './support/signing';

const root = new TestCertificateAuthority();
const signer = root.issueSigner();
const GOOD = 'https://s3.amazonaws.com/echo.api/echo-api-cert.pem';
const chains = new Map<string, string>([[GOOD, signer.chainPem]]);
let host: CertificateHost;

beforeEach(async () => {
  host = await CertificateHost.start(chains, [root]);
});
afterEach(async () => {
  await host.close();
});

describe('checkCertificateUrl', () => {
  test.each([
    ['https://s3.amazonaws.com/echo.api/echo-api-cert.pem', GOOD],
    ['https://s3.amazonaws.com:443/echo.api/echo-api-cert.pem', GOOD],
    ['https://s3.amazonaws.com/echo.api/../echo.api/echo-api-cert.pem', GOOD],
    ['HTTPS://S3.AMAZONAWS.COM/echo.api/echo-api-cert.pem', GOOD],
  ])("%s is one of Amazon's, to be downloaded as %s", (raw, normal) => {
    expect(checkCertificateUrl(raw).href).toBe(normal);
  });

  test.each([
    'http://s3.amazonaws.com/echo.api/echo-api-cert.pem',
    'https://notamazon.com/echo.api/echo-api-cert.pem',
    'https://s3.amazonaws.com/EcHo.aPi/echo-api-cert.pem',
    'https://s3.amazonaws.com/invalid.path/echo-api-cert.pem',
    'https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem',
    'https://s3.amazonaws.com/echo.api/../x.pem',
    'https://s3.amazonaws.com/echo.api/%2e%2e/x.pem',
    'https://s3.amazonaws.com/echo.api\\..\\x.pem',
    'https://s3.amazonaws.com\\echo.api\\x.pem',
    'https://s3.amazonaws.com/echo.api/a%2Fb.pem',
    'https://s3.amazonaws.com/echo.api',
    'https://a:b@s3.amazonaws.com/echo.api/x.pem',
    'https://s3.amazonaws.com/echo.api/x.pem#frag',
    '//s3.amazonaws.com/echo.api/x.pem',
  ])('%s is refused', (raw) => {
    expect(() => checkCertificateUrl(raw)).toThrow(CertificateError);
  });
});

describe('CertificateChains', () => {
  let clock = 0;
  const now = () => clock;

  test('a good chain is downloaded once and kept until its signing certificate expires', async () => {
    clock = Date.now();
    const chainsOf = new CertificateChains({ validate: () => undefined, now });
    const url = checkCertificateUrl(GOOD);
    expect(await chainsOf.get(url)).toBe(signer.chainPem);
    clock += 23 * 3600e3;
    expect(await chainsOf.get(url)).toBe(signer.chainPem);
    expect(host.downloads).toEqual([GOOD]);
    // The test signer's certificate is valid for 24 h from its making.
    clock += 2 * 3600e3;
    await chainsOf.get(url);
    expect(host.downloads).toEqual([GOOD, GOOD]);
  });

  test('a failure is remembered for failureTtlMs, then the URL is tried again', async () => {
    clock = 0;
    const chainsOf = new CertificateChains({ validate: () => undefined, now, failureTtlMs: 60_000 });
    const url = checkCertificateUrl('https://s3.amazonaws.com/echo.api/missing.pem');
    await expect(chainsOf.get(url)).rejects.toMatchObject({ kind: 'certificateUnavailable', detail: 'status 404' });
    clock = 59_999;
    await expect(chainsOf.get(url)).rejects.toMatchObject({ detail: 'status 404' });
    expect(host.downloads).toHaveLength(1);
    clock = 60_000;
    await expect(chainsOf.get(url)).rejects.toMatchObject({ detail: 'status 404' });
    expect(host.downloads).toHaveLength(2);
  });

  test('a chain that fails the check is a certificate failure, remembered like the others', async () => {
    clock = 0;
    const chainsOf = new CertificateChains({
      validate: () => {
        throw new Error('Certificate is not trusted.');
      },
      now,
    });
    const url = checkCertificateUrl(GOOD);
    await expect(chainsOf.get(url)).rejects.toMatchObject({
      kind: 'certificate',
      detail: 'Certificate is not trusted.',
    });
    await expect(chainsOf.get(url)).rejects.toMatchObject({ kind: 'certificate' });
    expect(host.downloads).toEqual([GOOD]);
  });

  test('an answer larger than maxBytes is abandoned', async () => {
    const big = 'https://s3.amazonaws.com/echo.api/big.pem';
    chains.set(big, 'x'.repeat(5000));
    const chainsOf = new CertificateChains({ validate: () => undefined, maxBytes: 1000 });
    await expect(chainsOf.get(checkCertificateUrl(big))).rejects.toMatchObject({
      kind: 'certificateUnavailable',
      detail: 'more than 1000 bytes',
    });
  });

  test('the download budget counts per minute, and a refusal for budget does not mark the URL as failed', async () => {
    clock = 0;
    const chainsOf = new CertificateChains({ validate: () => undefined, now, downloadsPerMinute: 2 });
    const missing = (i: number) => checkCertificateUrl(`https://s3.amazonaws.com/echo.api/missing-${i}.pem`);
    await expect(chainsOf.get(missing(1))).rejects.toMatchObject({ detail: 'status 404' });
    await expect(chainsOf.get(missing(2))).rejects.toMatchObject({ detail: 'status 404' });
    await expect(chainsOf.get(checkCertificateUrl(GOOD))).rejects.toMatchObject({ detail: /budget/ });
    expect(host.downloads).toHaveLength(2);
    clock = 60_000;
    expect(await chainsOf.get(checkCertificateUrl(GOOD))).toBe(signer.chainPem);
    expect(host.downloads).toHaveLength(3);
  });
});

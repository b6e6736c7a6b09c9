/** SMTP and Zalo settings from the environment: defaults, and errors that name the variable. */
import { smtpConfigFromEnv } from '../../config/smtp';
import { zaloConfigFromEnv } from '../../config/zalo';
import { loadActivityDeps } from '../../activities/index';

test('SMTP: STARTTLS on 587 by default, credentials and sender from the environment', () => {
  expect(
    smtpConfigFromEnv({
      CHIDAO_SMTP_HOST: 'smtp.kontum.example.invalid',
      CHIDAO_SMTP_USER: 'nhacviec',
      CHIDAO_SMTP_PASS: 'bi-mat',
      CHIDAO_SMTP_FROM: '"Văn phòng UBND tỉnh Kon Tum" <nhacviec@kontum.example.invalid>',
    }),
  ).toMatchObject({ host: 'smtp.kontum.example.invalid', port: 587, security: 'starttls', user: 'nhacviec', rejectUnauthorized: true });
});

test('SMTP: a bad port, an unknown security mode, a user without password are named by variable', () => {
  const base = { CHIDAO_SMTP_HOST: 'smtp.example.invalid', CHIDAO_SMTP_FROM: 'a@example.invalid' };
  expect(() => smtpConfigFromEnv({ ...base, CHIDAO_SMTP_PORT: '99999' })).toThrow(/^environment: CHIDAO_SMTP_PORT: /);
  expect(() => smtpConfigFromEnv({ ...base, CHIDAO_SMTP_SECURITY: 'ssl' })).toThrow(/environment: CHIDAO_SMTP_SECURITY: /);
  expect(() => smtpConfigFromEnv({ ...base, CHIDAO_SMTP_USER: 'u' })).toThrow('environment: CHIDAO_SMTP_PASS: user and pass go together');
  expect(() => smtpConfigFromEnv({ CHIDAO_SMTP_HOST: 'smtp.example.invalid' })).toThrow(/environment: CHIDAO_SMTP_FROM: /);
});

test('Zalo: off without an app id; production URLs by default; a missing token file is named', () => {
  expect(zaloConfigFromEnv({})).toBeNull();
  const env = { CHIDAO_ZALO_APP_ID: '2074138120372622546', CHIDAO_ZALO_SECRET_KEY: 's', CHIDAO_ZALO_TEMPLATE_ID: '7895417a7d3f9461cd2e' };
  expect(() => zaloConfigFromEnv(env)).toThrow('environment: CHIDAO_ZALO_TOKEN_FILE:');
  expect(zaloConfigFromEnv({ ...env, CHIDAO_ZALO_TOKEN_FILE: '/var/lib/chidao/zalo-token.json' })).toMatchObject({
    oauthBaseUrl: 'https://oauth.zaloapp.com',
    znsBaseUrl: 'https://business.openapi.zalo.me',
    oaBaseUrl: 'https://openapi.zalo.me',
    mode: 'production',
  });
});

test('the worker without SMTP settings gets no deps (recording only); with SMTP, a short link secret is named', async () => {
  await expect(loadActivityDeps({})).resolves.toBeNull();
  await expect(
    loadActivityDeps({ CHIDAO_SMTP_HOST: 'smtp.example.invalid', CHIDAO_SMTP_FROM: 'a@example.invalid', CHIDAO_LINK_SECRET: 'ngan' }),
  ).rejects.toThrow(/^CHIDAO_LINK_SECRET: /);
});

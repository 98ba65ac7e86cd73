import { describe, expect, it } from 'vitest';
import { appBaseFrom } from './app-base';
import { apiBaseUrlOf, DEFAULT_RUNTIME_CONFIG, runtimeConfigSchema, signInUrlOf } from './runtime-config';

const BASE = 'https://tools.example.com/tools/viktor/';
const config = (fields: Record<string, unknown>) => runtimeConfigSchema.parse(fields);

describe('the folder the app is served from', () => {
  it('is the parent of the built modules’ assets/ folder, whatever its depth', () => {
    const at = (url: string) => appBaseFrom(url, false, 'https://tools.example.com');
    expect(at('https://tools.example.com/tools/viktor/assets/index-abc.js')).toBe(BASE);
    expect(at('https://tools.example.com/assets/index-abc.js')).toBe('https://tools.example.com/');
  });

  it('is the root for the dev server, and for code not loaded from a build', () => {
    expect(appBaseFrom('http://127.0.0.1:5173/src/lib/app-base.ts', true, 'http://127.0.0.1:5173')).toBe(
      'http://127.0.0.1:5173/',
    );
    expect(appBaseFrom('file:///work/src/lib/app-base.ts', false, 'http://localhost')).toBe(
      'http://localhost/',
    );
  });
});

describe('runtime-config.json', () => {
  it('fills what it leaves out with defaults, and an empty file is the default config', () => {
    expect(config({})).toEqual(DEFAULT_RUNTIME_CONFIG);
    expect(config({ environmentName: 'Production', tokenInjected: 'yes' })).toMatchObject({
      environmentName: 'Production',
      tokenInjected: undefined,
      apiPath: 'api/',
    });
  });

  it('puts the API beside the app, or at an absolute path on the same origin', () => {
    expect(apiBaseUrlOf(config({}), BASE)).toBe(`${BASE}api/`);
    expect(apiBaseUrlOf(config({ apiPath: '/viktor-api' }), BASE)).toBe(
      'https://tools.example.com/viktor-api/',
    );
  });

  it('never sends requests to another origin, whatever the file says', () => {
    for (const apiPath of ['https://evil.example/api/', '//evil.example/api/', 'api/?x=1']) {
      expect(apiBaseUrlOf(config({ apiPath }), BASE)).toBe(`${BASE}api/`);
    }
  });

  it('offers a sign-in page only on this origin or over https', () => {
    expect(signInUrlOf(config({ signInUrl: '/oauth2/sign_in' }), BASE)).toBe(
      'https://tools.example.com/oauth2/sign_in',
    );
    expect(signInUrlOf(config({ signInUrl: 'https://login.example.com/' }), BASE)).toBe(
      'https://login.example.com/',
    );
    expect(signInUrlOf(config({ signInUrl: 'javascript:alert(1)' }), BASE)).toBeUndefined();
    expect(signInUrlOf(config({ signInUrl: 'http://login.example.com/' }), BASE)).toBeUndefined();
    expect(signInUrlOf(config({}), BASE)).toBeUndefined();
  });
});

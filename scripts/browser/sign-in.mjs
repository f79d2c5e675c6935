// Signs in through Rebound's OAuth sign-in page in a real headless Chromium, as a browser plugin's user would, with
// the keyboard only; checks the page with axe-core (WCAG 2.1 A and AA); exchanges the code with the PKCE verifier and
// calls /v1/me. Run by scripts/browser-test.sh, which starts the server and creates the workspace and public client.
//
// Then follows the docs' Swagger UI walkthrough (authorizationCode flow with PKCE, "select all", the popup and
// Swagger UI's oauth2-redirect.html) with the `swagger-ui` client and the user that `rebound demo` seeded.
//
// Environment: BASE_URL, CLIENT_ID, EMAIL, PASSWORD, REDIRECT_PORT (the client's redirect URI is
// http://127.0.0.1:$REDIRECT_PORT/callback), SHOTS (screenshot directory), CHROMIUM (default /usr/bin/chromium).
// Exits non-zero on any failure.

import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const env = (name, fallback) => {
  const value = process.env[name] ?? fallback;
  if (value === undefined) throw new Error(`${name} is not set`);
  return value;
};
const BASE_URL = env('BASE_URL');
const CLIENT_ID = env('CLIENT_ID');
const EMAIL = env('EMAIL');
const PASSWORD = env('PASSWORD');
const REDIRECT_PORT = Number(env('REDIRECT_PORT'));
const SHOTS = env('SHOTS', 'target/browser');
const CHROMIUM = env('CHROMIUM', '/usr/bin/chromium');
const REDIRECT_URI = `http://127.0.0.1:${REDIRECT_PORT}/callback`;
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// The whole run is bounded, whatever hangs.
const watchdog = setTimeout(() => {
  console.error('FAIL: the browser test did not finish within 240 s');
  process.exit(1);
}, 240_000);

function check(condition, message) {
  if (!condition) throw new Error(message);
  console.log(`ok - ${message}`);
}

/** The plugin's redirect target: a tiny page on loopback, as a plugin's callback would be. */
function startRedirectTarget() {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!DOCTYPE html><html lang="en"><head><title>Plugin callback</title></head>'
      + '<body><main><h1>Signed in</h1><p>You can close this tab.</p></main></body></html>');
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(REDIRECT_PORT, '127.0.0.1', () => resolve(server));
  });
}

/** Runs axe-core in the page (evaluated over the DevTools protocol, which the page's CSP does not govern). */
async function axeViolations(page) {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    WCAG_21_AA,
  );
  for (const violation of results.violations) {
    console.error(`axe: ${violation.id} (${violation.impact}): ${violation.help}`);
    for (const node of violation.nodes) console.error(`  at ${node.target.join(' ')}: ${node.failureSummary}`);
  }
  return results;
}

/** The id of the element that has the keyboard focus. */
const focused = (page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);

/** Signs in with the keyboard alone: Tab to the e-mail field, type, Tab, type the password, Enter. */
async function signInWithKeyboard(page, password) {
  await page.keyboard.press('Tab');
  check((await focused(page)) === 'email', 'Tab from the top of the page reaches the e-mail field first');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(EMAIL);
  await page.keyboard.press('Tab');
  check((await focused(page)) === 'password', 'the next Tab reaches the password field');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
}

async function main() {
  mkdirSync(SHOTS, { recursive: true });
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const state = randomBytes(16).toString('base64url');
  const authorizeUrl = `${BASE_URL}/oauth/authorize?${new URLSearchParams({
    response_type: 'code',
    client_id: CLIENT_ID,
    redirect_uri: REDIRECT_URI,
    scope: 'interviews:read plans:write',
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  })}`;

  const target = await startRedirectTarget();
  const profile = mkdtempSync(join(tmpdir(), 'rebound-chromium-'));
  let context;
  let page;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
        '--disable-dev-shm-usage'],
      viewport: { width: 800, height: 900 },
      timeout: 30_000,
    });
    page = context.pages()[0] ?? await context.newPage();
    page.setDefaultTimeout(15_000);
    const cspViolations = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) cspViolations.push(message.text());
    });

    // 1. The sign-in page.
    const response = await page.goto(authorizeUrl);
    check(response.status() === 200, `the sign-in page answers 200 (got ${response.status()})`);
    const csp = response.headers()['content-security-policy'] ?? '';
    check(csp.includes("default-src 'none'") && csp.includes("frame-ancestors 'none'"), `a strict CSP is sent: ${csp}`);
    check((await page.title()).includes('Sign in to Rebound'), 'the page has a title');
    check(await page.getByRole('heading', { level: 1, name: 'Sign in to Rebound' }).isVisible(), 'an h1 names the page');
    check(await page.getByText('Acme ATS plugin').first().isVisible(), 'the page names the client asking');
    check(await page.getByLabel('E-mail address').isVisible(), 'the e-mail field has a label');
    check(await page.getByLabel('Password').isVisible(), 'the password field has a label');
    const styled = await page.evaluate(() => getComputedStyle(document.querySelector('main')).maxWidth);
    check(styled !== 'none', `the inline style is allowed by the CSP hash (main max-width ${styled})`);
    let axe = await axeViolations(page);
    check(axe.violations.length === 0, `axe-core finds no WCAG 2.1 AA violation on the sign-in page (${axe.passes.length} rules passed)`);

    // 2. A wrong password, keyboard only: the form comes back with the error tied to the field.
    await signInWithKeyboard(page, 'not the password');
    await page.waitForSelector('#password-error');
    await page.keyboard.press('Tab'); // the focus ring shows in the screenshot
    await page.screenshot({ path: join(SHOTS, '02-wrong-password.png'), fullPage: true });
    const described = await page.getAttribute('#password', 'aria-describedby');
    check(described === 'password-error', 'the password error is tied to the field with aria-describedby');
    check((await page.textContent('#password-error')).includes('incorrect'), 'the error says what is wrong');
    check((await page.inputValue('#email')) === EMAIL, 'the e-mail address stays filled in');
    axe = await axeViolations(page);
    check(axe.violations.length === 0, 'axe-core finds no WCAG 2.1 AA violation on the page with errors');

    // 3. The right password, keyboard only, from a fresh page: Rebound redirects to the plugin with a code.
    await page.goto(authorizeUrl);
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    check(outline !== 'none', `the focused field shows a visible focus outline (${outline})`);
    await page.screenshot({ path: join(SHOTS, '01-sign-in.png'), fullPage: true });
    await page.keyboard.press('Shift+Tab');
    await signInWithKeyboard(page, PASSWORD);
    await page.waitForURL((url) => url.href.startsWith(REDIRECT_URI), { timeout: 15_000 });
    await page.screenshot({ path: join(SHOTS, '03-redirected.png'), fullPage: true });
    const landed = new URL(page.url());
    const code = landed.searchParams.get('code');
    check(Boolean(code), `the browser lands on the redirect URI with a code (${landed.origin}${landed.pathname})`);
    check(landed.searchParams.get('state') === state, 'the state comes back unchanged');
    check(landed.searchParams.get('iss') === BASE_URL, `iss names the server (${landed.searchParams.get('iss')})`);
    check(cspViolations.length === 0, `the browser reported no CSP violation (form-action allows the redirect): ${cspViolations.join(' | ')}`);

    // 4. The plugin exchanges the code with its verifier and calls the API.
    const token = await fetch(`${BASE_URL}/v1/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, client_id: CLIENT_ID, code_verifier: verifier,
      }),
      signal: AbortSignal.timeout(10_000),
    });
    const tokens = await token.json();
    check(token.status === 200 && tokens.access_token, `the code is exchanged for tokens (${token.status}, scope "${tokens.scope}")`);
    const me = await fetch(`${BASE_URL}/v1/me`, {
      headers: { authorization: `Bearer ${tokens.access_token}` },
      signal: AbortSignal.timeout(10_000),
    });
    const caller = await me.json();
    check(me.status === 200 && caller.email === EMAIL, `GET /v1/me answers as ${caller.email}`);
    const reuse = await fetch(`${BASE_URL}/v1/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, client_id: CLIENT_ID, code_verifier: verifier,
      }),
      signal: AbortSignal.timeout(10_000),
    });
    check(reuse.status === 400 && (await reuse.json()).error === 'invalid_grant', 'the code does not work twice');

    // 5. Deny, keyboard only: Tab past the fields and the Allow button, Enter on Deny.
    await page.goto(authorizeUrl);
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('Tab');
    check((await page.evaluate(() => document.activeElement.textContent)) === 'Deny', 'Tab reaches the Deny button');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.href.startsWith(REDIRECT_URI), { timeout: 15_000 });
    check(new URL(page.url()).searchParams.get('error') === 'access_denied', 'Deny sends error=access_denied back');

    // 6. Swagger UI, as docs/src/getting-started.md walks through it: Authorize → the authorizationCode flow (PKCE)
    // with client id `swagger-ui` left as filled in → "select all" → Authorize → the sign-in page in a popup as the
    // demo user → "Sign in and allow" → back in Swagger UI with a token.
    // Swagger UI is a large page for a debug build on a busy machine: give it longer.
    page.setDefaultTimeout(45_000);
    await page.goto(`${BASE_URL}/swagger-ui/`);
    await page.locator('button.authorize').first().click();
    const flow = page.locator('.auth-container', { has: page.locator('#client_id_authorizationCode') });
    check(await flow.isVisible(), 'Swagger UI offers the authorizationCode flow');
    const flows = (await page.locator('.auth-container h4').allTextContents()).filter((t) => /OAuth2/.test(t));
    check(/authorizationCode/.test(flows[0] ?? ''), `and lists it first among the OAuth2 flows (${flows.map((t) => t.trim()).join('; ')})`);
    check((await flow.locator('#client_id_authorizationCode').inputValue()) === 'swagger-ui', 'with client id swagger-ui filled in');
    await flow.getByText('select all', { exact: true }).click();
    const ticked = await flow.locator('.scopes input[type=checkbox]:checked').count();
    check(ticked >= 5, `"select all" ticks every scope the flow lists (${ticked})`);
    const [popup] = await Promise.all([
      context.waitForEvent('page'),
      flow.locator('button.authorize').click(),
    ]);
    await popup.waitForLoadState();
    const popupUrl = new URL(popup.url());
    check(popupUrl.pathname === '/oauth/authorize' && popupUrl.searchParams.get('code_challenge_method') === 'S256',
      'Swagger UI opens the sign-in page with an S256 code challenge');
    check(await popup.locator('form').isVisible(),
      `the sign-in page accepts every scope "select all" asked for (${popup.url()})`);
    await popup.locator('#email').fill('demo@rebound.example');
    await popup.locator('#password').fill('rebound-demo-password');
    await popup.getByRole('button', { name: 'Sign in and allow' }).click();
    // The popup lands on oauth2-redirect.html, which hands the code to Swagger UI and closes; Swagger UI exchanges
    // it and keeps the token (persistAuthorization).
    try {
      await page.waitForFunction(() => (localStorage.getItem('authorized') ?? '').includes('access_token'));
    } catch (error) {
      console.error(`the popup was at ${popup.isClosed() ? '(closed)' : popup.url()}`);
      console.error(`Swagger UI says: ${await page.locator('.auth-container .errors').allTextContents().catch(() => [])}`);
      throw error;
    }
    await page.screenshot({ path: join(SHOTS, '04-swagger-ui-authorized.png'), fullPage: false });
    const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('authorized')) ?? '{}');
    const swaggerToken = stored.oauth2?.token?.access_token;
    check(Boolean(swaggerToken), 'Swagger UI exchanged the code for a token (kept across reloads)');
    const swaggerMe = await fetch(`${BASE_URL}/v1/me`, {
      headers: { authorization: `Bearer ${swaggerToken}` },
      signal: AbortSignal.timeout(10_000),
    });
    check(swaggerMe.status === 200, "Swagger UI's token works");
    const granted = (stored.oauth2?.token?.scope ?? '').split(' ');
    check(granted.includes('plans:write') && granted.includes('interviews:write') && !granted.includes('admin'),
      `with every scope a client may hold (${granted.join(' ')})`);
  } catch (error) {
    // Leave evidence: where the browser was and what it showed.
    if (page) {
      console.error(`the browser was at ${page.url()}`);
      await page.screenshot({ path: join(SHOTS, 'failure.png'), fullPage: true }).catch(() => {});
      console.error((await page.content().catch(() => '')).slice(0, 1500));
    }
    throw error;
  } finally {
    await context?.close().catch(() => {});
    target.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().then(
  () => {
    clearTimeout(watchdog);
    console.log('PASS: browser sign-in with PKCE, keyboard only, no WCAG 2.1 AA violations');
  },
  (error) => {
    clearTimeout(watchdog);
    console.error(`FAIL: ${error.stack ?? error}`);
    process.exitCode = 1;
  },
);

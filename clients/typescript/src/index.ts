// Rebound's TypeScript SDK for API version 2026-12-07: the typed fetch of openapi-fetch on types generated from the
// OpenAPI document (./schema.d.ts, open enums kept as `Enum | (string & {})`), plus token handling and refresh,
// pagination, Idempotency-Key and If-Match helpers, and typed webhook events verified with Standard Webhooks.
import createClient, { type ClientOptions } from "openapi-fetch";
import { Webhook } from "standardwebhooks";
import type { ReboundApi } from "./api.js";
import type { components, operations, paths } from "./schema.js";

export type { ApiResponse, ReboundApi } from "./api.js";
export type { components, operations, paths };

/** The API version this SDK was generated from (the package's major version). */
export const API_VERSION = "2026-12-07";

export type Schemas = components["schemas"];
/** Every event: a union discriminated by `type`, so `event.type === "gaffe.created"` narrows `event.data`. */
export type Event = Schemas["EventEnvelope"];
export type EventType = Event["type"];
/** The event of one type: `EventOf<"gaffe.created">["data"]` is a gaffe. */
export type EventOf<T extends EventType> = Extract<Event, { type: T }>;
export type TokenRequest = Schemas["TokenRequest"];
export type TokenResponse = Schemas["TokenResponse"];

/** Answers meaning the request was not applied: any request may be sent again. */
const NOT_APPLIED = new Set([429, 503]);
/** Answers after which the request may or may not have been applied (as after a broken connection). */
const UNKNOWN_OUTCOME = new Set([502, 504]);
/** Methods safe to send again whatever happened to the first attempt (a POST is, with its Idempotency-Key). */
const REPEATABLE = new Set(["GET", "HEAD", "OPTIONS", "PUT", "POST"]);

/** An answer that is not a 2xx; `problem` is the RFC 9457 body (or the OAuth error body of the token endpoint). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: unknown,
  ) {
    super(`Rebound answered ${status}: ${JSON.stringify(problem)?.slice(0, 400)}`);
  }
}

/** The token endpoint's form body (RFC 6749 is `application/x-www-form-urlencoded`, not JSON). */
export function tokenForm(request: TokenRequest): URLSearchParams {
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(request)) {
    if (typeof value === "string") form.set(key, value);
  }
  return form;
}

/** `POST /v1/auth/token` with a form body; the token response, or an `ApiError` with the OAuth error. */
export async function requestToken(
  baseUrl: string,
  request: TokenRequest,
  fetchImpl: typeof fetch = globalThis.fetch,
): Promise<TokenResponse> {
  const response = await fetchImpl(`${baseUrl.replace(/\/$/, "")}/v1/auth/token`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: tokenForm(request),
  });
  const body: unknown = await response.json().catch(() => null);
  if (response.status !== 200) throw new ApiError(response.status, body);
  return body as TokenResponse;
}

/** How the SDK gets its first token: an integration client's credentials, or a user's e-mail and password. */
export type Grant =
  | { grant_type: "client_credentials"; client_id: string; client_secret: string; scope?: string }
  | { grant_type: "password"; username: string; password: string; scope?: string };

/** Holds an access token; renews it `marginSeconds` before expiry (by refresh token when there is one) or on demand. */
export class TokenSource {
  private access?: string;
  private refresh?: string;
  private expiresAt = 0;
  private pending?: Promise<string>;
  /** The grant of the last token request (`refresh_token` once a refresh token was used). */
  lastGrant?: TokenRequest["grant_type"];
  /** How many tokens this source has been issued. */
  issued = 0;

  constructor(
    private readonly baseUrl: string,
    private readonly grant: Grant,
    private readonly marginSeconds = 60,
    private readonly fetchImpl: typeof fetch = globalThis.fetch,
  ) {}

  /** A token valid for at least the margin (or a shorter-lived one, when that is all Rebound gives). */
  async token(): Promise<string> {
    if (this.access !== undefined && Date.now() < this.expiresAt) return this.access;
    this.pending ??= this.renew().finally(() => (this.pending = undefined));
    return this.pending;
  }

  /** Drops `token` after Rebound answered 401 to it, so the next `token()` gets a new one. */
  invalidate(token: string): void {
    if (this.access === token) this.access = undefined;
  }

  private async renew(): Promise<string> {
    const started = Date.now();
    let answer: TokenResponse | undefined;
    if (this.refresh !== undefined) {
      const refresh: TokenRequest = { grant_type: "refresh_token", refresh_token: this.refresh };
      answer = await requestToken(this.baseUrl, refresh, this.fetchImpl).catch(() => undefined);
      this.lastGrant = refresh.grant_type;
    }
    if (answer === undefined) {
      answer = await requestToken(this.baseUrl, this.grant, this.fetchImpl);
      this.lastGrant = this.grant.grant_type;
    }
    this.issued += 1;
    this.access = answer.access_token;
    this.refresh = answer.refresh_token ?? this.refresh;
    const lifetime = answer.expires_in * 1000;
    this.expiresAt = started + Math.max(lifetime - this.marginSeconds * 1000, lifetime / 2);
    return this.access;
  }
}

/** A fresh key for a create you retry yourself: send it as `Idempotency-Key` on every attempt. */
export function idempotencyKey(): string {
  return crypto.randomUUID();
}

/** The `If-Match` value for a resource (anything with a `version`) or a version number: `"3"`. */
export function ifMatch(resourceOrVersion: { version: number } | number): string {
  return `"${typeof resourceOrVersion === "number" ? resourceOrVersion : resourceOrVersion.version}"`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A fetch that adds the bearer token (refreshed once after a 401), gives each POST an `Idempotency-Key` unless it
 * has one, and sends a request again (at most `retries` times, with the same key) when Rebound answered 429 or 503;
 * after a network error, a 502 or a 504 only when sending it twice does no harm: GET, PUT, and POST (whose
 * Idempotency-Key makes Rebound answer a repeat from the first attempt). A PATCH whose first attempt was applied
 * would get 412 for its If-Match, a DELETE 404, so those are not repeated then.
 */
export function authorizedFetch(tokens: TokenSource | undefined, retries = 2, inner: typeof fetch = globalThis.fetch) {
  return async (request: Request): Promise<Response> => {
    if (request.method === "POST" && !request.headers.has("Idempotency-Key")) {
      request.headers.set("Idempotency-Key", idempotencyKey());
    }
    // The SDK is built for one API version: it pins it, so a change of the client's default cannot surprise it.
    if (!request.headers.has("Rebound-Version")) request.headers.set("Rebound-Version", API_VERSION);
    const repeatable = REPEATABLE.has(request.method);
    let refreshed = false;
    for (let attempt = 0; ; ) {
      const sent = request.clone();
      const token = tokens === undefined ? undefined : await tokens.token();
      if (token !== undefined) sent.headers.set("Authorization", `Bearer ${token}`);
      let response: Response;
      try {
        response = await inner(sent);
      } catch (error) {
        if (!repeatable || attempt >= retries) throw error;
        attempt += 1;
        await sleep(500 * 2 ** attempt);
        continue;
      }
      if (response.status === 401 && tokens !== undefined && token !== undefined && !refreshed) {
        tokens.invalidate(token);
        refreshed = true;
        continue;
      }
      const status = response.status;
      if ((NOT_APPLIED.has(status) || (UNKNOWN_OUTCOME.has(status) && repeatable)) && attempt < retries) {
        const after = Number(response.headers.get("Retry-After"));
        attempt += 1;
        await sleep(Number.isFinite(after) && after > 0 ? Math.min(after, 30) * 1000 : 500 * 2 ** attempt);
        continue;
      }
      return response;
    }
  };
}

export interface ReboundOptions extends Omit<ClientOptions, "baseUrl" | "fetch"> {
  baseUrl: string;
  /** Omit for the calls that need no token (sign-up, the calendar feed). */
  grant?: Grant;
  refreshMarginSeconds?: number;
  retries?: number;
  fetch?: typeof fetch;
}

export interface Rebound {
  /** openapi-fetch's typed client: `api.GET("/v1/interviews/{interview_id}", {params: {path: {interview_id}}})`. */
  api: ReboundApi;
  tokens?: TokenSource;
}

/** A Rebound client whose every request carries a valid token (see `authorizedFetch`). */
export function createRebound(options: ReboundOptions): Rebound {
  const { baseUrl, grant, refreshMarginSeconds, retries, fetch: fetchImpl, ...rest } = options;
  const inner = fetchImpl ?? globalThis.fetch;
  const tokens = grant === undefined ? undefined : new TokenSource(baseUrl, grant, refreshMarginSeconds, inner);
  const client = createClient<paths>({ ...rest, baseUrl, fetch: authorizedFetch(tokens, retries, inner) });
  // The same object: its type only leaves out openapi-fetch's Readable<T> (see api.ts).
  const api: ReboundApi = client as unknown as ReboundApi;
  return { api, tokens };
}

/** What openapi-fetch resolves to: `data` on a 2xx, `error` otherwise. */
export interface Result<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The body of a 2xx answer; throws `ApiError` (with the problem document) for anything else. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.response.ok) throw new ApiError(result.response.status, result.error);
  return result.data as T;
}

/**
 * Every item of a list, page after page, following `next_cursor` until it is null:
 *
 *     for await (const event of paginate((cursor) => rb.api.GET("/v1/events", {params: {query: {cursor}}}))) …
 */
export async function* paginate<T>(
  page: (cursor: string | undefined) => Promise<Result<{ data: T[]; next_cursor?: string | null }>>,
): AsyncGenerator<T, void, undefined> {
  let cursor: string | undefined;
  do {
    const answer = unwrap(await page(cursor));
    yield* answer.data;
    cursor = answer.next_cursor ?? undefined;
  } while (cursor);
}

/**
 * The delivery's typed event, once its `webhook-signature` matches `secret` (the endpoint's `whsec_…`); throws
 * otherwise, or when `webhook-timestamp` is more than 5 minutes off. Pass the raw body as received. Dedupe on
 * `webhook-id` (the event id): delivery is at least once.
 */
export function verifyWebhook(
  secret: string,
  body: string | Uint8Array,
  headers: Headers | Record<string, string | string[] | undefined>,
): Event {
  const flat: Record<string, string> = {};
  const entries = headers instanceof Headers ? [...headers.entries()] : Object.entries(headers);
  for (const [key, value] of entries) {
    if (value !== undefined) flat[key.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  // The library checks the signature and returns the parsed body; the document says what that body is.
  return new Webhook(secret).verify(body, flat) as Event;
}

// A job board's integration with Rebound through the TypeScript SDK (rebound-sdk) only.
//
//   node dist-examples/job-board.js BASE_URL        (compiled with tsc --strict and run by scripts/sdks.sh)
//
// Signs up, registers an integration client and a webhook endpoint (a receiver in this process), then works server
// to server with `client_credentials`: a candidate (its create retried with the same Idempotency-Key is replayed),
// an interview, gaffes, a recovery plan, a step marked done with If-Match (a stale one is refused), the event feed
// iterated with the pagination helper and narrowed by `type` with no cast, a token renewed after a 401, open enums
// that accept values added later, and a real webhook delivery verified with Standard Webhooks into a typed event.
// Any failure throws, so the process exits non-zero.
import http from "node:http";
import type { AddressInfo } from "node:net";
import {
  API_VERSION,
  ApiError,
  authorizedFetch,
  createRebound,
  ifMatch,
  paginate,
  unwrap,
  verifyWebhook,
  type Event,
  type Schemas,
} from "rebound-sdk";

const baseUrl = process.argv[2];
const run = Math.random().toString(36).slice(2, 12);

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** The board's webhook endpoint: resolves with the first delivery's raw body and headers. */
function receiver(): Promise<{ url: string; delivery: Promise<{ body: string; headers: http.IncomingHttpHeaders }>; close: () => void }> {
  let deliver: (value: { body: string; headers: http.IncomingHttpHeaders }) => void = () => {};
  const delivery = new Promise<{ body: string; headers: http.IncomingHttpHeaders }>((resolve) => (deliver = resolve));
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      deliver({ body: Buffer.concat(chunks).toString("utf8"), headers: request.headers });
      response.writeHead(204).end();
    });
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}/hooks/rebound`, delivery, close: () => server.close() });
    }),
  );
}

async function main() {
  const hooks = await receiver();
  // The board's operator signs up and registers the board as an integration client.
  const email = `owner-${run}@jobs-typescript-sdk.example.com`;
  const password = `ts-sdk-${run}`;
  const anonymous = createRebound({ baseUrl });
  unwrap(await anonymous.api.POST("/v1/signup", {
    body: { workspace_name: "Acme Jobs (TypeScript SDK)", email, password, display_name: "Acme Operator" },
  }));
  const owner = createRebound({ baseUrl, grant: { grant_type: "password", username: email, password } });
  const registered = unwrap(await owner.api.POST("/v1/api-clients", {
    body: { name: "Acme Jobs back end", scopes: ["interviews:read", "interviews:write", "plans:write", "webhooks:read", "webhooks:write"] },
  }));
  console.log("  signed up, registered an API client (password grant, then its refresh token)");

  const { client: { client_id }, client_secret } = registered;
  check(typeof client_secret === "string", "a confidential client has a secret");
  const board = createRebound({ baseUrl, grant: { grant_type: "client_credentials", client_id, client_secret } });
  const me = unwrap(await board.api.GET("/v1/me"));
  check(me.subject_type === "client", JSON.stringify(me));
  const hook = unwrap(await board.api.POST("/v1/webhook-endpoints", { body: { url: hooks.url, events: ["gaffe.created"] } }));
  console.log(`  client_credentials token; webhook endpoint ${hook.endpoint.id}`);

  // A create retried with the same Idempotency-Key is answered from the first attempt, not made twice.
  const candidateBody = { display_name: "Jordan Reyes", external_id: `acme-user-${run}`, time_zone: "Europe/London" };
  const key = { "Idempotency-Key": `candidate-${run}` };
  const candidate = unwrap(await board.api.POST("/v1/candidates", { body: candidateBody, params: { header: key } }));
  const again = await board.api.POST("/v1/candidates", { body: candidateBody, params: { header: key } });
  check(unwrap(again).id === candidate.id && again.response.headers.get("Idempotent-Replayed") === "true", "replayed");
  console.log("  candidate created; the same create again was replayed (Idempotent-Replayed: true)");

  const interview = unwrap(await board.api.POST("/v1/interviews", {
    body: {
      candidate_id: candidate.id, company: "Northwind Capital", role_title: "Senior Financial Analyst", stage: "final",
      format: "onsite", occurred_at: "2026-11-20T09:00:00+00:00", duration_minutes: 60,
      interviewers: [{ name: "Armin Vogel", title: "Finance Director" }],
      questions: [{ question: "What are your salary expectations?", quality: "blanked" }],
      self_rating: 2,
    },
  }));
  const path = { interview_id: interview.id };
  const gaffes: Schemas["CreateGaffeRequest"][] = [
    { kind: "wrong_interviewer_name", noticed: "certain", moment: "mid" },
    { kind: "salary_blank", noticed: "certain", moment: "closing", question_index: 0 },
  ];
  for (const gaffe of gaffes) {
    unwrap(await board.api.POST("/v1/interviews/{interview_id}/gaffes", { params: { path }, body: gaffe }));
  }
  const plan = unwrap(await board.api.POST("/v1/interviews/{interview_id}/recovery-plans", { params: { path }, body: { tone: "warm" } }));
  const step = plan.steps[0];
  console.log(`  interview, 2 gaffes, a plan of ${plan.steps.length} steps`);

  const markDone = (version: string) =>
    board.api.PATCH("/v1/interviews/{interview_id}/recovery-plans/{plan_id}/steps/{step_id}", {
      params: { path: { ...path, plan_id: plan.id, step_id: step.id }, header: { "If-Match": version } },
      body: { status: "done" },
    });
  const done = unwrap(await markDone(ifMatch(step)));
  check(done.status === "done" && done.version === step.version + 1, JSON.stringify(done));
  const stale = await markDone(ifMatch(step)).then(unwrap).then(() => undefined, (error: unknown) => error);
  check(stale instanceof ApiError && stale.status === 412, String(stale));
  console.log("  step done with If-Match; the stale version again: 412");

  // A token Rebound no longer accepts is replaced after the 401, once, and the call goes through.
  for (const [who, rebound] of [["client", board], ["user", owner]] as const) {
    const tokens = rebound.tokens;
    check(tokens !== undefined, "a grant makes a token source");
    tokens.invalidate(await tokens.token());
    Object.assign(tokens, { access: "not-a-valid-token", expiresAt: Date.now() + 60_000 }); // as if revoked
    check(unwrap(await rebound.api.GET("/v1/me")).subject_type === who, who);
  }
  check(board.tokens?.lastGrant === "client_credentials" && owner.tokens?.lastGrant === "refresh_token", "grants");
  console.log("  a refused token was renewed after the 401 (client_credentials, and the refresh token)");

  // Renewal before expiry: a token about to expire is replaced before the call, with no 401.
  const tokens = board.tokens;
  check(tokens !== undefined, "a grant makes a token source");
  const issued = tokens.issued;
  Object.assign(tokens, { expiresAt: 0 }); // as if its lifetime, less the margin, had passed
  unwrap(await board.api.GET("/v1/me"));
  check(tokens.issued === issued + 1 && tokens.lastGrant === "client_credentials", "renewed before expiry");
  console.log("  a token due to expire was renewed before the call");

  // A create that meets a 503 is retried with the same Idempotency-Key (a stand-in fetch answers here).
  const keys: (string | null)[] = [];
  const flaky = authorizedFetch(undefined, 2, async (input) => {
    keys.push(new Request(input).headers.get("Idempotency-Key"));
    return new Response("{}", { status: keys.length === 1 ? 503 : 201, headers: { "Retry-After": "0.01" } });
  });
  check((await flaky(new Request("http://rebound.invalid/v1/candidates", { method: "POST", body: "{}" }))).status === 201, "retried");
  check(keys.length === 2 && keys[0] !== null && keys[0] === keys[1], JSON.stringify(keys));
  // A PATCH that got a 502 may have been applied: it is not sent again.
  keys.length = 0;
  const gateway = authorizedFetch(undefined, 2, async () => { keys.push(null); return new Response("", { status: 502 }); });
  check((await gateway(new Request("http://rebound.invalid/v1/candidates/x", { method: "PATCH", body: "{}" }))).status === 502 && keys.length === 1, "PATCH not repeated");
  console.log("  a create retried after a 503 sent the same generated Idempotency-Key; a PATCH is not repeated blindly");

  // The event feed, page after page (limit 2 forces several), narrowed by `type` with no cast.
  const seen: string[] = [];
  for await (const event of paginate((cursor) => board.api.GET("/v1/events", { params: { query: { limit: 2, cursor } } }))) {
    check(event.api_version === API_VERSION, event.api_version);
    if (event.type === "gaffe.created") {
      check(event.data.interview_id === interview.id, event.data.kind);
      seen.push(`gaffe ${event.data.kind}`);
    } else if (event.type === "recovery_plan.created") {
      seen.push(`plan (${event.data.steps[0].title})`);
    } else if (event.type === "recovery_plan.step_updated") {
      seen.push(`step ${event.data.step.status}`);
    } else if (event.type === "interview.updated") {
      seen.push(`interview v${event.data.version}`);
    } else if (event.type === "candidate.created") {
      seen.push(`candidate ${event.data.display_name}`);
    }
  }
  check(seen.filter((s) => s.startsWith("gaffe")).length === 2 && seen.some((s) => s.startsWith("candidate")), seen.join("; "));
  console.log(`  event feed, ${seen.length} typed: ${seen.join("; ")}`);

  // Open enums: the known values autocomplete, and a value added later is still a valid value of the type.
  const known: Schemas["PlanStepResponse"]["kind"] = step.kind;
  const later: Schemas["PlanStepResponse"]["kind"] = "a_kind_added_later";
  const band: Schemas["RecoveryPlanResponse"]["band"] = plan.band;
  // Checked by the compiler: the type of a kind read from a response still lists the known values (it did not
  // collapse to `string`, which would leave `Literals` empty and this line failing to compile).
  type Literals<T> = T extends string ? (string extends T ? never : T) : never;
  const kindsListed: [Literals<typeof step.kind>] extends [never] ? false : true = true;
  const reviewIsKnown: Literals<typeof step.kind> = "review";
  check(kindsListed && reviewIsKnown === "review", "the known kinds are part of the type");
  console.log(`  open enums: step kind ${known}, band ${band}, and "${later}" accepted by the types`);

  // A real delivery, verified with the endpoint's secret into a typed event; a tampered one is refused.
  const { body, headers } = await Promise.race([
    hooks.delivery,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error("no delivery within 60 s")), 60_000).unref()),
  ]);
  const delivered: Event = verifyWebhook(hook.secret, body, headers);
  check(delivered.type === "gaffe.created" && delivered.data.interview_id === interview.id, JSON.stringify(delivered));
  check(headers["webhook-id"] === delivered.id, "webhook-id is the event id");
  let refused = false;
  try {
    verifyWebhook(hook.secret, body.replace("gaffe", "gaffx"), headers);
  } catch {
    refused = true;
  }
  check(refused, "a tampered delivery should be refused");
  console.log(`  webhook delivery verified: ${delivered.type} ${delivered.data.kind}; a tampered body refused`);
  hooks.close();
  console.log("typescript sdk: the job-board scenario passed");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

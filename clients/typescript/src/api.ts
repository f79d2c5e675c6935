// The type of `rebound.api`: openapi-fetch's client, with response bodies typed as the document says.
//
// openapi-fetch 0.17 passes every response type through `Readable<T>` (openapi-typescript-helpers), a mapped type
// with key remapping that strips writeOnly markers. It also maps `string & {}` — the open-enum member that keeps
// autocomplete (`Kind | (string & {})`) — as if it were an object, so `step.kind` would become a bag of String's
// methods. Rebound's document has no writeOnly response fields (and the types are generated without markers), so
// this client type is openapi-fetch's own without `Readable`; the runtime is openapi-fetch's, unchanged.
import type { FetchOptions, MaybeOptionalInit, ParseAsResponse } from "openapi-fetch";
import type {
  ErrorResponse,
  HttpMethod,
  PathsWithMethod,
  RequiredKeysOf,
  ResponseObjectMap,
  SuccessResponse,
} from "openapi-typescript-helpers";
import type { paths } from "./schema.js";

type Media = `${string}/${string}`;

/** openapi-fetch's InitParam: the init argument is optional when nothing in it is required. */
type InitParam<Init> =
  RequiredKeysOf<Init> extends never ? [(Init & { [key: string]: unknown })?] : [Init & { [key: string]: unknown }];

/** openapi-fetch's FetchResponse without `Readable`. */
export type ApiResponse<Operation extends Record<string | number, any>, Init> =
  | {
      data: ParseAsResponse<SuccessResponse<ResponseObjectMap<Operation>, Media>, Init>;
      error?: never;
      response: Response;
    }
  | { data?: never; error: ErrorResponse<ResponseObjectMap<Operation>, Media>; response: Response };

/** openapi-fetch's ClientMethod, answering an `ApiResponse`. */
type Method<Paths extends Record<string, Record<HttpMethod, {}>>, M extends HttpMethod> = <
  Path extends PathsWithMethod<Paths, M>,
  Init extends MaybeOptionalInit<Paths[Path], M>,
>(
  url: Path,
  ...init: InitParam<Init>
) => Promise<ApiResponse<Paths[Path][M], Init>>;

/** `api.GET("/v1/interviews/{interview_id}", {params: {path: {interview_id}}})`, and so on for each method. */
export interface ReboundApiOf<Paths extends {}> {
  GET: Method<Paths, "get">;
  POST: Method<Paths, "post">;
  PUT: Method<Paths, "put">;
  PATCH: Method<Paths, "patch">;
  DELETE: Method<Paths, "delete">;
}

export type ReboundApi = ReboundApiOf<paths>;

export type { FetchOptions };

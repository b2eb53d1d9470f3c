// The HTTP API client of the till and the back office: bearer token, language, JSON, and two
// kinds of failure a screen must tell apart: a refusal (ApiError: 4xx, nothing was written) and
// an unreachable server (OfflineError: no answer, or 502/503/504 — try again later).
import { lang } from './i18n.js';

/** A refusal by the API: status, UPPER_SNAKE code and a message in the user's language. */
export class ApiError extends Error {
  constructor(status, code, message) {
    super(message || code);
    this.status = status;
    this.code = code;
  }
}

/** The API could not be reached or said it is unavailable: nothing is known to be written. */
export class OfflineError extends Error {
  constructor(message, code = 'OFFLINE') {
    super(message);
    this.code = code;
  }
}

const TRANSIENT = new Set([502, 503, 504]);

/**
 * A client whose session (token and user) is kept in localStorage under `storageKey`, so that a
 * reload — or a till restarted after a power cut — stays logged in until the token expires.
 */
export function createClient(storageKey) {
  let session = JSON.parse(localStorage.getItem(storageKey) || 'null');
  const unauthorizedListeners = [];

  // `text` sends a body as it is (a CSV file), with its `contentType`; `body` is sent as JSON.
  async function send(path, { method = 'GET', body, text, contentType, timeout = 15000, headers = {} } = {}) {
    const h = { 'Accept-Language': lang(), ...headers };
    if (body !== undefined) h['Content-Type'] = 'application/json; charset=utf-8';
    if (text !== undefined) h['Content-Type'] = contentType || 'text/plain; charset=utf-8';
    if (session?.token) h.Authorization = `Bearer ${session.token}`;
    let resp;
    try {
      resp = await fetch(path, {
        method, headers: h, cache: 'no-store',
        body: text !== undefined ? text : body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeout),
      });
    } catch (e) {
      throw new OfflineError(e?.message || 'fetch failed');
    }
    return resp;
  }

  /** Sends a request; resolves to { status, data } for 2xx, throws ApiError or OfflineError otherwise. */
  async function request(path, options = {}) {
    const resp = await send(path, options);
    const text = await resp.text().catch(() => '');
    let data = null;
    try {
      data = text ? JSON.parse(text) : null;
    } catch {
      data = null;
    }
    if (resp.ok) return { status: resp.status, data };
    const code = data?.error?.code || `HTTP_${resp.status}`;
    const message = data?.error?.message || resp.statusText || code;
    if (TRANSIENT.has(resp.status) || resp.status === 500 || (resp.status === 404 && !data)) {
      // 404 without a JSON body is the container's: the API itself is not there (bundle restarting).
      throw new OfflineError(message, code);
    }
    if (resp.status === 401 && session && !path.startsWith('/api/session')) {
      unauthorizedListeners.forEach((f) => f());
    }
    throw new ApiError(resp.status, code, message);
  }

  return {
    request,
    /** The response body of a successful call (see request). */
    async api(path, options = {}) {
      return (await request(path, options)).data;
    },
    /** The raw Response (a PDF, a download), with the token; throws OfflineError when unreachable. */
    raw: send,
    session: () => session,
    user: () => session?.user ?? null,
    token: () => session?.token ?? null,
    async login(username, password) {
      const { data } = await request('/api/session', { method: 'POST', body: { username, password } });
      session = { token: data.token, user: data.user };
      localStorage.setItem(storageKey, JSON.stringify(session));
      return session.user;
    },
    async logout() {
      try {
        if (session) await request('/api/session', { method: 'DELETE' });
      } catch {
        // Offline or already expired: forgetting the token is what matters here.
      }
      session = null;
      localStorage.removeItem(storageKey);
    },
    forget() {
      session = null;
      localStorage.removeItem(storageKey);
    },
    onUnauthorized(f) {
      unauthorizedListeners.push(f);
    },
  };
}

/** True when `user` has `role` (a network admin has every role, as on the server). */
export function hasRole(user, role) {
  return !!user && (user.roles.includes('NETWORK_ADMIN') || user.roles.includes(role));
}

import { currentAccessToken } from '../api/client';
import { problemFrom } from '../api/problem';

/**
 * Files to and from the services without openapi-fetch: an upload as the raw request body (never multipart) with its
 * progress, and a download saved under the name the service gives. Both carry the session's bearer token the way the
 * typed clients do, and turn a refusal into the same ProblemError.
 */

/** How far an upload is, in whole per cent (0 while the size is unknown; 100 only once every byte is sent). */
export function uploadPercent(loaded: number, total: number): number {
  if (!(total > 0)) return 0;
  const percent = Math.floor((loaded / total) * 100);
  return Math.min(100, Math.max(0, percent));
}

const UNITS = ['B', 'KB', 'MB', 'GB'];

/** 1.5 MB, 820 KB, 12 B: a size as people read it (1 KB = 1024 B). */
export function formatBytes(bytes?: number | null): string {
  if (bytes == null || !Number.isFinite(bytes)) return '—';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const shown = unit === 0 || value >= 100 ? Math.round(value).toString() : value.toFixed(1).replace(/\.0$/, '');
  return `${shown} ${UNITS[unit]}`;
}

/**
 * The file name a Content-Disposition header gives: the RFC 5987 `filename*=UTF-8''…` first (Chinese names), then a
 * plain `filename="…"`, else the fallback.
 */
export function fileNameOf(contentDisposition: string | null | undefined, fallback: string): string {
  if (!contentDisposition) return fallback;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(contentDisposition);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // a malformed encoding: try the plain name
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/.exec(contentDisposition);
  const name = plain?.[1] ?? plain?.[2]?.trim();
  return name || fallback;
}

export interface UploadOptions {
  /** the path with its query, on the SPA's origin (the gateway) */
  url: string;
  file: Blob;
  method?: 'POST' | 'PUT';
  /** called as the bytes go out, in whole per cent */
  onProgress?: (percent: number) => void;
  signal?: AbortSignal;
}

/** The answer of a refused upload as a ProblemError, of a body that may or may not be a problem document. */
function refusalOf(xhr: XMLHttpRequest) {
  let body: unknown;
  try {
    body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
  } catch {
    body = undefined;
  }
  return problemFrom(body, xhr.status);
}

/**
 * Sends the file as the raw request body (Content-Type: application/octet-stream), reporting the progress of the
 * upload; answers the parsed JSON answer. A refusal rejects with a ProblemError, a lost connection with a TypeError
 * (which messageOf reads as 无法连接到服务器), an abort with an AbortError.
 */
export function uploadRaw<T>({ url, file, method = 'POST', onProgress, signal }: UploadOptions): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, url);
    const token = currentAccessToken();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(uploadPercent(event.loaded, event.total));
    };
    xhr.upload.onload = () => onProgress?.(100);
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve((xhr.responseText ? JSON.parse(xhr.responseText) : undefined) as T);
        } catch {
          reject(problemFrom(undefined, xhr.status));
        }
      } else {
        reject(refusalOf(xhr));
      }
    };
    xhr.onerror = () => reject(new TypeError('upload failed'));
    xhr.onabort = () => reject(new DOMException('上传已取消', 'AbortError'));
    if (signal) {
      if (signal.aborted) {
        xhr.abort();
        return;
      }
      signal.addEventListener('abort', () => xhr.abort(), { once: true });
    }
    xhr.send(file);
  });
}

/** Whether an error is an upload the person cancelled. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * Fetches a file the service hands out (with the bearer token, which a plain link cannot carry) and saves it under
 * the name its Content-Disposition gives.
 */
export async function downloadFile(url: string, fallbackName: string): Promise<void> {
  const token = currentAccessToken();
  const response = await fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!response.ok) {
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    throw problemFrom(body, response.status);
  }
  const blob = await response.blob();
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileNameOf(response.headers.get('Content-Disposition'), fallbackName);
  document.body.appendChild(link);
  link.click();
  link.remove();
  // the browser has taken the file once the click is handled
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

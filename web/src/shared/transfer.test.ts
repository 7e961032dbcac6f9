import { setAccessTokenSource } from '../api/client';
import { ProblemError } from '../api/problem';
import { fileNameOf, formatBytes, isAbort, uploadPercent, uploadRaw } from './transfer';

describe('upload progress', () => {
  it('is a whole per cent of what is sent, never past 100, and 0 while the size is unknown', () => {
    expect(uploadPercent(0, 1000)).toBe(0);
    expect(uploadPercent(333, 1000)).toBe(33);
    expect(uploadPercent(999, 1000)).toBe(99);
    expect(uploadPercent(1000, 1000)).toBe(100);
    expect(uploadPercent(1200, 1000)).toBe(100);
    expect(uploadPercent(10, 0)).toBe(0);
    expect(uploadPercent(10, Number.NaN)).toBe(0);
  });
});

describe('a size as people read it', () => {
  it('counts in 1024s with one decimal below 100', () => {
    expect(formatBytes(12)).toBe('12 B');
    expect(formatBytes(1024)).toBe('1 KB');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(820 * 1024)).toBe('820 KB');
    expect(formatBytes(20 * 1024 * 1024)).toBe('20 MB');
    expect(formatBytes(null)).toBe('—');
  });
});

describe('the name of a downloaded file', () => {
  it('given an RFC 5987 name, then it is decoded (Chinese names)', () => {
    expect(fileNameOf("attachment; filename*=UTF-8''%E8%8A%B1%E5%90%8D%E5%86%8C%E6%8B%92%E6%94%B6%E6%B8%85%E5%8D%95.xlsx", 'x'))
      .toBe('花名册拒收清单.xlsx');
  });

  it('given both forms, then the extended one wins; given a plain one only, then it is used', () => {
    expect(fileNameOf('attachment; filename="roster.csv"; filename*=UTF-8\'\'%E6%A8%A1%E6%9D%BF.csv', 'x')).toBe('模板.csv');
    expect(fileNameOf('attachment; filename="roster.csv"', 'x')).toBe('roster.csv');
  });

  it('given no header or a malformed one, then the fallback', () => {
    expect(fileNameOf(null, '花名册.xlsx')).toBe('花名册.xlsx');
    expect(fileNameOf("attachment; filename*=UTF-8''%E8%8A", '花名册.xlsx')).toBe('花名册.xlsx');
  });
});

/** A stand-in for XMLHttpRequest that records what is sent and answers as told. */
class FakeXhr {
  static last: FakeXhr;
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown;
  status = 0;
  responseText = '';
  upload: { onprogress?: (event: { lengthComputable: boolean; loaded: number; total: number }) => void; onload?: () => void } = {};
  onload?: () => void;
  onerror?: () => void;
  onabort?: () => void;

  constructor() {
    FakeXhr.last = this;
  }

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }

  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }

  send(body: unknown) {
    this.body = body;
  }

  abort() {
    this.onabort?.();
  }

  answer(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

describe('an upload as the raw body', () => {
  const original = globalThis.XMLHttpRequest;
  beforeEach(() => {
    globalThis.XMLHttpRequest = FakeXhr as unknown as typeof XMLHttpRequest;
    setAccessTokenSource(() => 'token-1');
  });
  afterEach(() => {
    globalThis.XMLHttpRequest = original;
    setAccessTokenSource(() => undefined);
  });

  it('sends the file itself with the bearer token, reports the progress and answers the JSON', async () => {
    const progress: number[] = [];
    const file = new Blob(['姓名,身份证号码\n']);
    const sent = uploadRaw<{ rowsTaken: number }>({ url: '/api/applications/a/roster?name=x.csv', file, onProgress: (p) => progress.push(p) });
    const xhr = FakeXhr.last;
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('/api/applications/a/roster?name=x.csv');
    expect(xhr.headers.Authorization).toBe('Bearer token-1');
    expect(xhr.headers['Content-Type']).toBe('application/octet-stream');
    expect(xhr.body).toBe(file);
    xhr.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 200 });
    xhr.upload.onprogress?.({ lengthComputable: false, loaded: 100, total: 0 });
    xhr.upload.onload?.();
    xhr.answer(200, { rowsTaken: 3 });
    await expect(sent).resolves.toEqual({ rowsTaken: 3 });
    expect(progress).toEqual([25, 100]);
  });

  it('given a problem answer, then it rejects with the problem and its Chinese detail', async () => {
    const sent = uploadRaw({ url: '/u', file: new Blob(['x']) });
    FakeXhr.last.answer(422, { code: 'ROSTER_NO_VALID_ROW', detail: '花名册 1 行均未通过校验，未导入。', refusals: [{ line: 2 }] });
    const error = await sent.catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(ProblemError);
    expect((error as ProblemError).message).toBe('花名册 1 行均未通过校验，未导入。');
    expect((error as ProblemError).code).toBe('ROSTER_NO_VALID_ROW');
    expect((error as ProblemError).problem.refusals).toEqual([{ line: 2 }]);
  });

  it('given a lost connection, then a TypeError; given an abort, then an AbortError', async () => {
    const lost = uploadRaw({ url: '/u', file: new Blob(['x']) });
    FakeXhr.last.onerror?.();
    await expect(lost).rejects.toBeInstanceOf(TypeError);

    const controller = new AbortController();
    const cancelled = uploadRaw({ url: '/u', file: new Blob(['x']), signal: controller.signal });
    controller.abort();
    expect(isAbort(await cancelled.catch((failure: unknown) => failure))).toBe(true);
  });
});

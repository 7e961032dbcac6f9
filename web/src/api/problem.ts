/** An RFC 9457 problem document as the platform writes it: a Chinese detail for people, a stable code for programs. */
export interface FieldError {
  field: string;
  message: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  errors?: FieldError[];
  correlationId?: string;
  [property: string]: unknown;
}

const FALLBACK_BY_STATUS: Record<number, string> = {
  401: '登录已过期，请重新登录。',
  403: '您没有权限进行此操作。',
  404: '未找到相关内容。',
  429: '操作过于频繁，请稍后再试。',
  502: '服务暂时不可用，请稍后再试。',
  503: '服务暂时不可用，请稍后再试。',
  504: '服务响应超时，请稍后再试。',
};

/** A refused or failed call: its message is always the Chinese sentence a person reads, never a stack or a code alone. */
export class ProblemError extends Error {
  readonly problem: Problem;
  readonly status: number;

  constructor(problem: Problem, status: number) {
    super(problem.detail ?? FALLBACK_BY_STATUS[status] ?? '操作未能完成，请稍后再试。');
    this.name = 'ProblemError';
    this.problem = problem;
    this.status = status;
  }

  get code(): string | undefined {
    return this.problem.code;
  }

  /** The field errors, keyed by the field's path as the API names it (e.g. declaredYears[0].trainedCount). */
  get fieldErrors(): FieldError[] {
    return this.problem.errors ?? [];
  }
}

/** Turns whatever a failed response carried (a problem document, an HTML page of a proxy, nothing) into a ProblemError. */
export function problemFrom(body: unknown, status: number): ProblemError {
  const problem = typeof body === 'object' && body !== null ? (body as Problem) : {};
  return new ProblemError(problem, status);
}

/** The message to show for any error thrown by a call. */
export function messageOf(error: unknown): string {
  if (error instanceof ProblemError) {
    return error.message;
  }
  if (error instanceof TypeError) {
    return '无法连接到服务器，请检查网络后重试。';
  }
  return '操作未能完成，请稍后再试。';
}

import { Alert } from 'antd';
import { messageOf } from '../api/problem';

/** A failed call as a person reads it: the problem's Chinese detail. */
export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  if (!error) return null;
  return <Alert type="error" showIcon role="alert" title={title ?? messageOf(error)} description={title ? messageOf(error) : undefined} />;
}

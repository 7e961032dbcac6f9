import { Button, Form, Input } from 'antd';
import type { UseMutationResult } from '@tanstack/react-query';
import { ErrorAlert } from '../../shared/ErrorAlert';

/** The written opinion every decision carries (审核意见, 复审意见, 认定意见): required, recorded in the case's history. */
export function OpinionField({ label, placeholder, minLength }: { label: string; placeholder?: string; minLength?: number }) {
  return (
    <Form.Item
      name="comment"
      label={label}
      rules={[
        { required: true, whitespace: true, message: `请填写${label}` },
        ...(minLength ? [{ min: minLength, message: `${label}至少 ${minLength} 个字，请写成一句完整的话` }] : []),
      ]}
    >
      <Input.TextArea rows={4} maxLength={2000} showCount placeholder={placeholder} />
    </Form.Item>
  );
}

/** The end of a step's form: the service's refusal, if any, and the button that sends the step. */
export function SubmitStep({ step, children, disabled }: {
  step: Pick<UseMutationResult, 'error' | 'isPending'>;
  children: string;
  disabled?: boolean;
}) {
  return (
    <>
      <ErrorAlert error={step.error} />
      <Button type="primary" htmlType="submit" loading={step.isPending} disabled={disabled} style={{ marginTop: 16 }}>{children}</Button>
    </>
  );
}

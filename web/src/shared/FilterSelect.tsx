import { Select, Space } from 'antd';

/** A labelled filter above a list: one value of a closed list, or all (cleared). */
export function FilterSelect<V extends string>({ id, label, value, onChange, options, width = 160 }: {
  id: string;
  label: string;
  value: V | undefined;
  onChange: (value: V | undefined) => void;
  options: Record<V, string> | { value: V; label: string }[];
  width?: number;
}) {
  const choices = Array.isArray(options)
    ? options
    : (Object.entries(options) as [V, string][]).map(([choice, text]) => ({ value: choice, label: text }));
  return (
    <Space style={{ marginBottom: 16 }}>
      <label htmlFor={id}>{label}</label>
      <Select<V> id={id} allowClear placeholder="全部" style={{ width }} value={value} onChange={onChange} options={choices} />
    </Space>
  );
}

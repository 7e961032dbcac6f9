import dayjs from 'dayjs';

/** 2022年11月22日 */
export function formatDate(value?: string | null): string {
  return value ? dayjs(value).format('YYYY年M月D日') : '—';
}

/** 2022年11月22日 09:30 */
export function formatDateTime(value?: string | null): string {
  return value ? dayjs(value).format('YYYY年M月D日 HH:mm') : '—';
}

const yuan = new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY', minimumFractionDigits: 2 });

/** ¥50,000.00 from an amount in fen (the services count money in fen, never in floating yuan). */
export function formatFen(fen?: number | null): string {
  return fen == null ? '—' : yuan.format(fen / 100).replace('￥', '¥');
}

/** 86.5% */
export function formatPercent(value?: number | null): string {
  return value == null ? '—' : `${value}%`;
}

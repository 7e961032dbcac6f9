import { useState } from 'react';
import { App, Button, InputNumber, Space } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { messageOf } from '../../api/problem';
import { downloadFile } from '../../shared/transfer';
import { currentYear, disbursementsUrl, fallbackName, FORMATS, paymentListUrl, type DocumentFormat } from './subsidyExports';

/** Downloads with the session's token, one at a time, a refusal shown as its Chinese detail. */
function useDownload() {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<DocumentFormat>();
  async function run(format: DocumentFormat, url: string, name: string) {
    setBusy(format);
    try {
      await downloadFile(url, name);
    } catch (error) {
      message.error(messageOf(error));
    } finally {
      setBusy(undefined);
    }
  }
  return { busy, run };
}

/** 导出支付清单 (XLSX/PDF) of one batch, with the total in capitals, for signing and handing on. */
export function PaymentListButtons({ batchId }: { batchId: string }) {
  const { busy, run } = useDownload();
  return (
    <Space wrap>
      {FORMATS.map((format) => (
        <Button
          key={format}
          icon={<DownloadOutlined />}
          loading={busy === format}
          disabled={busy !== undefined && busy !== format}
          onClick={() => void run(format, paymentListUrl(batchId, format), fallbackName('payment-list', format))}
        >
          导出支付清单 {format.toUpperCase()}
        </Button>
      ))}
    </Space>
  );
}

/** 年度拨付明细表 (XLSX/PDF): every entitlement of the year's batches and where its money stands. */
export function DisbursementDownload() {
  const { busy, run } = useDownload();
  const [year, setYear] = useState<number | null>(currentYear());
  return (
    <Space wrap>
      <label htmlFor="disbursement-year">年度拨付明细表</label>
      <InputNumber<number> id="disbursement-year" min={2000} max={2100} precision={0} value={year} onChange={setYear} style={{ width: 100 }} />
      {FORMATS.map((format) => (
        <Button
          key={format}
          icon={<DownloadOutlined />}
          loading={busy === format}
          disabled={!year || (busy !== undefined && busy !== format)}
          onClick={() => year && void run(format, disbursementsUrl(year, format), fallbackName('disbursements', format, year))}
        >
          下载 {format.toUpperCase()}
        </Button>
      ))}
    </Space>
  );
}

import { App, Button, Card, Select, Space, Tooltip, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { messageOf } from '../../api/problem';
import type { Role } from '../../auth/roles';
import { useCurrentCampaign } from '../../shared/campaign';
import { districtOptions, useDistricts } from '../../shared/districts';
import { downloadFile } from '../../shared/transfer';
import { choosesDistrict, exportsFor, exportUrl, type ExportChoice, type ExportKind } from './exportsModel';

/**
 * The documents a reviewer downloads from the queue: the notice list (公示名单), the city submission package
 * (报送市级材料包) and, for the city, the approval list (核准认定名单), all of the current campaign. City staff choose the
 * district (a package needs one; the lists cover every district without). Downloads carry the session's token.
 */
export function ExportButtons({ roles }: { roles: Role[] }) {
  const { message } = App.useApp();
  const campaign = useCurrentCampaign();
  const districts = useDistricts();
  const [district, setDistrict] = useState<string | undefined>();
  const [busy, setBusy] = useState<ExportKind | undefined>();
  const choices = exportsFor(roles);
  if (choices.length === 0) return null;
  const code = campaign.data?.code;

  async function download(choice: ExportChoice) {
    if (!code) return;
    setBusy(choice.kind);
    try {
      await downloadFile(exportUrl(choice.kind, code, district), choice.fallbackName);
    } catch (error) {
      message.error(messageOf(error));
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <Card size="small" style={{ marginBottom: 16 }} title={`导出${campaign.data?.title ? `（${campaign.data.title}）` : ''}`}>
      <Space wrap>
        {choosesDistrict(roles) && (
          <Space>
            <label htmlFor="export-district">地区</label>
            <Select<string>
              id="export-district"
              allowClear
              placeholder="全市"
              style={{ width: 180 }}
              value={district}
              onChange={setDistrict}
              options={districtOptions(districts.data)}
            />
          </Space>
        )}
        {choices.map((choice) => {
          const waiting = choice.needsDistrict && !district;
          return (
            <Tooltip key={choice.kind} title={waiting ? '请先选择地区' : undefined}>
              <Button
                icon={<DownloadOutlined />}
                loading={busy === choice.kind}
                disabled={!code || waiting || (busy !== undefined && busy !== choice.kind)}
                onClick={() => download(choice)}
              >
                {choice.label}
              </Button>
            </Tooltip>
          );
        })}
      </Space>
      {choices.some((choice) => choice.kind === 'CITY_PACKAGE') && (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          材料包按品牌分文件夹，含附件1申报表、区级审核意见、实地查验记录及其附件和申报单位上传的材料；未能取得的材料列在该文件夹的「缺失材料清单.txt」中。
        </Typography.Paragraph>
      )}
    </Card>
  );
}

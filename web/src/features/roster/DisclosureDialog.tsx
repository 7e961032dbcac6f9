import { AuditedRevealDialog } from '../../shared/AuditedRevealDialog';
import type { MaskedWorker } from './rosterModel';
import { discloseWorker } from './rosterQueries';

/** 查看完整信息: one worker's name, ID number and phone in full, for a reviewer who says why (the read is recorded first). */
export function DisclosureDialog({ applicationId, worker, onClose }: { applicationId: string; worker: MaskedWorker; onClose: () => void }) {
  return (
    <AuditedRevealDialog
      title="查看完整信息"
      subject={<>花名册第 {worker.line} 行：{worker.name}（{worker.idNumber}），{worker.year}年度。</>}
      warning="完整的个人信息仅用于核实申报，每次查看都会记录查看人、时间和理由。"
      recorded="本次查看已记录（查看人、时间、理由）。请勿截屏、抄录或转发个人信息。"
      reasonRequired="请说明查看完整信息的理由"
      placeholder="例如：电话核实该务工人员的就业情况"
      reveal={(reason) => discloseWorker(applicationId, worker.line!, reason)}
      describe={(disclosed) => [
        { key: 'name', label: '姓名', children: disclosed.name },
        { key: 'id', label: '身份证号码', children: disclosed.idNumber },
        { key: 'phone', label: '手机号码', children: disclosed.phone },
      ]}
      onClose={onClose}
    />
  );
}

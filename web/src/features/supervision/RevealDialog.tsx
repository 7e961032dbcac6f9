import { useQueryClient } from '@tanstack/react-query';
import { AuditedRevealDialog } from '../../shared/AuditedRevealDialog';
import { revealNumber, supervisionKeys, type Call } from './supervisionApi';

/**
 * 查看号码: one call's number in full, for the reviewer who says why; the registry and application-service both record the
 * read before it answers, and the number is never kept.
 */
export function RevealDialog({ brandId, quarter, call, onClose }: { brandId: string; quarter: string; call: Call; onClose: () => void }) {
  const queryClient = useQueryClient();
  return (
    <AuditedRevealDialog
      title="查看号码"
      subject={<>回访名单第 {call.position} 位：{call.maskedName}（{call.maskedPhone}），{call.year}年度，{call.employer}。</>}
      warning="完整号码仅用于电话回访，每次查看都会记录查看人、时间和理由。"
      recorded="本次查看已记录（查看人、时间、理由）。号码仅用于本次回访，请勿抄录或转发。"
      reasonRequired="请说明查看完整号码的理由"
      placeholder="例如：本季度电话回访，核实就业情况"
      reveal={(reason) => revealNumber(brandId, quarter, call.position, reason)}
      describe={(revealed) => [
        { key: 'name', label: '姓名', children: revealed.name },
        { key: 'phone', label: '手机号码', children: revealed.phone },
      ]}
      onRevealed={() => void queryClient.invalidateQueries({ queryKey: supervisionKeys.callList(brandId, quarter) })}
      onClose={onClose}
    />
  );
}

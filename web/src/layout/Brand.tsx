import { Link } from 'react-router';

/** The platform's name in the top left corner, leading home. */
export function Brand({ compact = false }: { compact?: boolean }) {
  return (
    <Link to="/" style={{ color: '#fff', fontSize: compact ? 15 : 18, fontWeight: 600, whiteSpace: 'nowrap' }}>
      <img src="/favicon.svg" alt="" width={28} height={28} style={{ verticalAlign: 'middle', marginRight: 10 }} />
      {compact ? '劳务品牌平台' : '大连市劳务品牌申报认定平台'}
    </Link>
  );
}

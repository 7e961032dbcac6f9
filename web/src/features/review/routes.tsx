import { Route, Routes } from 'react-router';
import { RequireRole } from '../../auth/AuthGate';
import { CaseDetail } from './CaseDetail';
import { CaseQueue } from './CaseQueue';
import { DistrictProgressPage } from './DistrictProgressPage';
import { RankingPage } from './RankingPage';

/** The reviewers' pages under /reviews: the queue, one case, district progress and the city's ranking. */
export default function ReviewRoutes() {
  return (
    <Routes>
      <Route index element={<CaseQueue />} />
      <Route path="progress" element={<DistrictProgressPage />} />
      <Route path="ranking" element={<RequireRole roles={['CITY_REVIEWER', 'LEADING_GROUP']}><RankingPage /></RequireRole>} />
      <Route path=":id" element={<CaseDetail />} />
    </Routes>
  );
}

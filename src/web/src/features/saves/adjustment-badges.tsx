import { useQuery } from '@tanstack/react-query';
import { CalendarClock, LifeBuoy } from 'lucide-react';
import { Link } from 'wouter';
import { periodStart } from '../../../../core/billing/periods.ts';
import { formatBasisPoints } from '../../../../core/money/percent-of.ts';
import { agreementsApi } from '../../api/billing.ts';
import { savesApi } from '../../api/saves.ts';
import { formatCalendarDate, todayIn } from '../../lib/format.ts';
import { useSession, useTimeZone } from '../auth/session.tsx';
import { billingKeys } from '../billing/billing-keys.ts';
import { calendarOf, currentPeriodIndex } from '../client/agreement-labels.ts';
import { saveKeys } from './save-keys.ts';

const WINDOW_KINDS = new Set(['payment_holiday', 'reduction', 'pause']);

function what(kind: string, basisPoints: number | null | undefined): string {
  if (kind === 'payment_holiday') return 'Payment holiday';
  if (kind === 'pause') return 'Paused';
  return `${formatBasisPoints(basisPoints ?? 0)} reduction`;
}

interface Badge {
  key: string;
  text: string;
  title: string;
  href: string | null;
  tone: string;
}

/**
 * The client header's follow-through: a holiday, pause or reduction in effect ("Payment
 * holiday until 23 Apr 2027", with the day billing returns to normal), one agreed and
 * still to come, and a save case still open — so whoever picks up the phone knows.
 */
export function AdjustmentBadges({ clientId }: { clientId: string }) {
  const { user } = useSession();
  const today = todayIn(useTimeZone());
  const seesMoney = user.role !== 'stand_in';
  const active = useQuery({
    queryKey: saveKeys.activeAdjustments(clientId),
    queryFn: () => savesApi.activeAdjustments(clientId),
  });
  const open = useQuery({
    queryKey: [...saveKeys.cases, { clientId, status: 'open' }],
    queryFn: () => savesApi.list({ clientId, status: 'open', limit: 1 }),
  });
  const agreements = useQuery({
    queryKey: billingKeys.agreements(clientId),
    queryFn: () => agreementsApi.list({ clientId, limit: 50 }),
    enabled: seesMoney,
  });
  const badges: Badge[] = [];
  const openCase = open.data?.items[0];
  if (openCase) {
    badges.push({
      key: 'case',
      text: 'Save case open',
      title: 'A call to cancel is still open',
      href: `/saves/${openCase.id}`,
      tone: 'badge-warning',
    });
  }
  const shown = new Set<string>();
  for (const item of active.data?.items ?? []) {
    shown.add(item.adjustmentId);
    badges.push({
      key: item.adjustmentId,
      text: `${what(item.kind, item.basisPoints)} until ${formatCalendarDate(item.endsOn)}`,
      title: `Billing returns to normal on ${formatCalendarDate(item.returnsOn)}`,
      href: item.saveCaseId ? `/saves/${item.saveCaseId}` : null,
      tone: 'badge-adjustment',
    });
  }
  for (const agreement of agreements.data?.items ?? []) {
    if (agreement.status !== 'active') continue;
    const current = currentPeriodIndex(agreement, today);
    for (const adjustment of agreement.adjustments) {
      if (!WINDOW_KINDS.has(adjustment.kind) || shown.has(adjustment.id)) continue;
      if (adjustment.fromPeriod <= current && agreement.startsOn <= today) continue;
      const startsOn = periodStart(calendarOf(agreement), adjustment.fromPeriod);
      const periods = adjustment.terms.periods ?? 0;
      badges.push({
        key: adjustment.id,
        text: `${what(adjustment.kind, adjustment.terms.basisPoints)} from ${formatCalendarDate(startsOn)}`,
        title: `Agreed; billing returns to normal on ${formatCalendarDate(periodStart(calendarOf(agreement), adjustment.fromPeriod + periods))}`,
        href: null,
        tone: 'badge-adjustment-upcoming',
      });
    }
  }
  if (badges.length === 0) return null;
  return (
    <ul className="adjustment-badges" aria-label="Save desk">
      {badges.map((badge) => (
        <li key={badge.key}>
          {badge.href ? (
            <Link href={badge.href} className={`badge ${badge.tone}`} title={badge.title}>
              {badge.key === 'case' ? (
                <LifeBuoy size={12} aria-hidden="true" />
              ) : (
                <CalendarClock size={12} aria-hidden="true" />
              )}
              {badge.text}
            </Link>
          ) : (
            <span className={`badge ${badge.tone}`} title={badge.title}>
              <CalendarClock size={12} aria-hidden="true" />
              {badge.text}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

import { useRouter } from '@tarojs/taro';
import { Input, Text, Textarea, View } from '@tarojs/components';
import { formatShanghai, type Indicator } from '@szkc/shared';
import { useState } from 'react';
import { errorMessage, hasErrorCode } from '../../../api/errors';
import { toastSuccess } from '../../../api/feedback';
import { BusyButton } from '../../../components/BusyButton';
import { PageRoot } from '../../../components/PageRoot';
import { StateView } from '../../../components/StateView';
import { useRequest } from '../../../hooks/useRequest';
import { fetchOverview, reportIndicator } from '../api';
import { formatNumber } from '../format';
import { StatsGate } from '../StatsGate';
import { checkReport, emptyReport, errorsOf, reportYears, type ReportErrors, type ReportForm } from './form';
import '../stats.css';

export default function StatsReportPage() {
  const { params } = useRouter();
  return (
    <PageRoot className="page st-page">
      <StatsGate>
        <ReportLoader id={params.id ?? ''} />
      </StatsGate>
    </PageRoot>
  );
}

function ReportLoader({ id }: { id: string }) {
  // There is no read of one indicator: the overview has them all, with their history.
  const overview = useRequest(fetchOverview, []);
  const [saved, setSaved] = useState<Indicator | null>(null);
  if (overview.state === 'loading') return <StateView kind="loading" text="正在读取指标…" />;
  if (overview.state === 'error' || !overview.data)
    return (
      <StateView kind="error" text={overview.error ?? undefined} onRetry={() => void overview.reload()} />
    );
  const indicator = saved ?? overview.data.indicators.find((i) => i.id === id);
  if (!indicator) return <StateView kind="empty" text="没有这项规划指标" />;
  return <Report indicator={indicator} onSaved={setSaved} />;
}

function Report({ indicator, onSaved }: { indicator: Indicator; onSaved: (indicator: Indicator) => void }) {
  const [form, setForm] = useState<ReportForm>(() => emptyReport());
  const [errors, setErrors] = useState<ReportErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set =
    <K extends keyof ReportForm>(key: K) =>
    (value: ReportForm[K]) =>
      setForm((f) => ({ ...f, [key]: value }));

  const submit = async () => {
    setProblem(null);
    const checked = checkReport(form);
    if ('errors' in checked) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      onSaved(await reportIndicator(indicator.id, checked.body));
      setForm((f) => ({ ...f, value: '', note: '' }));
      toastSuccess('已填报');
    } catch (e) {
      if (hasErrorCode(e, 'VALIDATION_FAILED')) setErrors(errorsOf(e.details?.issues));
      setProblem(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  const { baseline, target, unit } = indicator;
  const history = [...indicator.history].reverse();
  return (
    <View>
      <View className="card">
        <Text className="st-ind-label">{indicator.label}</Text>
        <Text className="st-line">
          基期：
          {baseline?.value !== null && baseline?.value !== undefined
            ? `${baseline.year} 年 ${formatNumber(baseline.value)} ${unit}`
            : baseline
              ? `${baseline.year} 年（数值暂缺）`
              : '规划未给出'}
        </Text>
        <Text className="st-line">
          {target.year} 年目标：
          {target.value !== null ? `${formatNumber(target.value)} ${unit}` : target.text}
        </Text>
        <Text className="st-ind-note">
          出处：{indicator.source.document} {indicator.source.section}
        </Text>
        {!indicator.verified && <Text className="st-tag st-tag-unverified">规划数值待核对</Text>}
        {indicator.note && <Text className="st-ind-note">{indicator.note}</Text>}
      </View>

      {indicator.platformMeasured ? (
        <View className="card">
          <Text className="muted">此项由平台按登记的场馆实时统计，无需填报。</Text>
        </View>
      ) : (
        <View className="card">
          <Text className="card-title">填报年度数值</Text>
          <View className="st-field">
            <Text className="label">年份</Text>
            <View className="st-chips">
              {reportYears().map((year) => (
                <View
                  key={year}
                  className={year === form.year ? 'st-chip st-chip-active' : 'st-chip'}
                  onClick={() => set('year')(year)}
                >
                  {year}
                </View>
              ))}
            </View>
            {errors.year && <Text className="error-text">{errors.year}</Text>}
          </View>
          <View className="st-field">
            <Text className="label">数值（{unit}）</Text>
            <Input
              className="input"
              type="digit"
              value={form.value}
              placeholder={`${form.year} 年的数值`}
              maxlength={20}
              onInput={(e) => set('value')(e.detail.value)}
            />
            {errors.value && <Text className="error-text">{errors.value}</Text>}
          </View>
          <View className="st-field">
            <Text className="label">说明（数据来源，可不填）</Text>
            <Textarea
              className="st-textarea"
              value={form.note}
              maxlength={500}
              placeholder="如：2025 年石嘴山市国民经济和社会发展统计公报"
              onInput={(e) => set('note')(e.detail.value)}
            />
            {errors.note && <Text className="error-text">{errors.note}</Text>}
          </View>
          {problem && <Text className="error-text">{problem}</Text>}
          <BusyButton busy={saving} busyText="正在提交…" onClick={() => void submit()}>
            提交填报
          </BusyButton>
          <Text className="hint">每次填报另存一条记录，不覆盖以前的数值；同一年以最后一次填报为准。</Text>
        </View>
      )}

      <View className="card">
        <Text className="card-title">填报记录</Text>
        {history.length === 0 ? (
          <Text className="muted">还没有填报记录</Text>
        ) : (
          history.map((entry, i) => (
            <View key={`${entry.reportedAt}-${i}`} className="st-history">
              <View className="st-fig-line">
                <Text className="st-history-year">{entry.year} 年</Text>
                <Text className="st-history-value">{formatNumber(entry.value)}</Text>
                <Text className="st-fig-unit">{unit}</Text>
              </View>
              {entry.note && <Text className="st-ind-note">{entry.note}</Text>}
              <Text className="st-history-at">填报于 {formatShanghai(entry.reportedAt)}</Text>
            </View>
          ))
        )}
      </View>
    </View>
  );
}

import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { verdictNames, type EnterpriseProfile, type ProfileField } from '@szkc/shared';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { checkContestEligibility } from '../api/contests';
import { errorMessage } from '../api/errors';
import { fetchMyEnterprise } from '../api/policies';
import { useDebounced } from '../hooks/useDebounced';
import { CriterionList, MissingFields } from '../policies/CriterionList';
import { FieldInput } from '../policies/FieldInput';
import { readForm, valuesFromProfile, type FormValue, type FormValues } from '../policies/form-model';
import { fieldSpecs } from '../policies/form-steps';
import { useSession } from '../session/SessionContext';
import type { Contest, ContestGroup, GroupEligibility } from './schemas';
import '../policies/policies.css';

// 检查我属于哪个组别: the figures the groups' rules read, filled from the enterprise profile saved
// on the policies pages, checked by the server (the same engine as the policy self-test) as the
// person types, and shown criterion by criterion the same way.

const checkDelayMs = 500;

/** The profile fields a group's rules read. */
function fieldsOfGroups(groups: readonly ContestGroup[]): ProfileField[] {
  const fields = new Set<ProfileField>();
  for (const { rules } of groups) {
    if (rules.registeredOnOrAfter || rules.registeredOnOrBefore) fields.add('establishedOn');
    if (rules.revenueMaxYuan !== undefined) fields.add('revenueLastYear');
    if (rules.requiredCertifications?.length) fields.add('certifications');
  }
  return [...fields];
}

type Check =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'done'; groups: GroupEligibility[] }
  | { kind: 'error'; message: string };

export interface GroupCheckResult {
  profile: EnterpriseProfile;
  groups: GroupEligibility[];
}

export function GroupCheck({
  contest,
  initialProfile,
  onResult,
}: {
  contest: Pick<Contest, 'id' | 'groups'>;
  /** The figures an entry already holds; without them the saved enterprise profile fills the form. */
  initialProfile?: EnterpriseProfile | null;
  /** Each settled answer, with the profile it was computed for. */
  onResult?(result: GroupCheckResult): void;
}) {
  const { status } = useSession();
  const [values, setValues] = useState<FormValues>(() =>
    initialProfile ? valuesFromProfile(initialProfile) : {},
  );
  const [savedNote, setSavedNote] = useState<string | null>(
    initialProfile ? '已填入本项目报名时填写的企业数据。' : null,
  );
  const [check, setCheck] = useState<Check>({ kind: 'idle' });
  const reading = useMemo(() => readForm(values), [values]);
  const profile = useDebounced(reading.profile, checkDelayMs);
  const latestResult = useRef(onResult);
  latestResult.current = onResult;

  // The saved profile fills the figures once, unless the person has typed already.
  const typed = useRef(false);
  const fromEntry = Boolean(initialProfile);
  useEffect(() => {
    if (status !== 'signedIn' || fromEntry) return;
    let cancelled = false;
    fetchMyEnterprise()
      .then((saved) => {
        if (cancelled || !saved || typed.current) return;
        setValues(valuesFromProfile(saved.profile));
        setSavedNote(`已填入您保存的企业信息（${saved.profile.name ?? '未填企业名称'}）。`);
      })
      .catch(() => {
        if (!cancelled) setSavedNote('读取已保存的企业信息失败，请直接填写下面几项。');
      });
    return () => {
      cancelled = true;
    };
  }, [status, fromEntry]);

  const generation = useRef(0);
  const run = useCallback(
    async (forProfile: EnterpriseProfile) => {
      const mine = ++generation.current;
      setCheck({ kind: 'checking' });
      try {
        const answer = await checkContestEligibility(contest.id, forProfile);
        if (mine !== generation.current) return;
        setCheck({ kind: 'done', groups: answer.groups });
        latestResult.current?.({ profile: forProfile, groups: answer.groups });
      } catch (e) {
        if (mine === generation.current) setCheck({ kind: 'error', message: errorMessage(e) });
      }
    },
    [contest.id],
  );
  useEffect(() => void run(profile), [profile, run]);

  const change = (field: ProfileField, value: FormValue | undefined) => {
    typed.current = true;
    setValues((current) => {
      const next = { ...current };
      if (value === undefined) delete next[field];
      else next[field] = value;
      return next;
    });
  };

  const missing = check.kind === 'done' ? check.groups.flatMap((group) => group.missingFields) : [];
  const shown = [...new Set([...fieldsOfGroups(contest.groups), ...missing])];
  const specs = fieldSpecs.filter((spec) => shown.includes(spec.field));
  const ask = (field: ProfileField) =>
    void Taro.pageScrollTo({ selector: `#group-field-${field}`, duration: 200 });

  return (
    <View className="card group-check" id="group-check">
      <Text className="card-title">检查我属于哪个组别</Text>
      <Text className="muted">
        按大赛的分组条件，用企业的几项数据即时判断。创建或修改参赛项目时，这几项数据会随项目一起提交，供主办方核对组别。
      </Text>
      {savedNote && <Text className="hint">{savedNote}</Text>}
      {specs.map((spec) => (
        <View key={spec.field} id={`group-field-${spec.field}`}>
          <FieldInput
            spec={spec}
            value={values[spec.field]}
            error={reading.errors[spec.field]}
            yuan={reading.yuan[spec.field]}
            onChange={(value) => change(spec.field, value)}
            // A team's company is usually new (初创组 is for the young ones): open at this month.
            dateOpensYearsBack={0}
          />
        </View>
      ))}
      {check.kind === 'checking' && <Text className="hint">正在判断…</Text>}
      {check.kind === 'error' && (
        <View>
          <Text className="error-text">判断失败：{check.message}</Text>
          <Button className="btn btn-secondary" onClick={() => void run(profile)}>
            重新判断
          </Button>
        </View>
      )}
      {check.kind === 'done' &&
        check.groups.map((result) => (
          <View key={result.groupId} className="group-result">
            <View className="result-head">
              <Text className="result-name">
                {contest.groups.find((group) => group.id === result.groupId)?.name ?? result.groupId}
              </Text>
              <Text className={`policy-badge verdict-${result.verdict}`}>{verdictNames[result.verdict]}</Text>
            </View>
            {result.verdict === 'incomplete' && <MissingFields fields={result.missingFields} onAsk={ask} />}
            <CriterionList criteria={result.criteria} />
          </View>
        ))}
    </View>
  );
}

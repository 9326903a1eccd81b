import { useShareAppMessage } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import {
  evaluateEligibility,
  findPolicy,
  pageUrl,
  shanghaiDate,
  type EnterpriseProfile,
  type ProfileField,
} from '@szkc/shared';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { errorMessage } from '../../../api/errors';
import { fetchMyEnterprise } from '../../../api/policies';
import { loadDraft, loadDraftStep, saveDraft } from '../../../policies/draft';
import {
  isAnswered,
  neededFields,
  readForm,
  valuesFromProfile,
  type FieldErrors,
  type FormValue,
  type FormValues,
} from '../../../policies/form-model';
import { formSteps, stepOfField } from '../../../policies/form-steps';
import { cardContent } from '../../../policies/share-card';
import { useSession } from '../../../session/SessionContext';
import { FieldInput } from '../../../policies/FieldInput';
import { ResultList } from './ResultList';
import { inOrder, verdictOrder } from './result-order';
import { SaveSection } from './SaveSection';
import { ShareResult } from './ShareResult';
import { StepNav } from './StepNav';
import { useDebounced } from '../../../hooks/useDebounced';
import '../../../policies/policies.css';
import './index.css';
import { PageRoot } from '../../../components/PageRoot';
import { ask } from '../../../components/confirm';
import { scrollToId } from '../../../components/scrollToId';

type Saved =
  /** `same`: the draft kept on the phone is the saved profile already. */
  | { kind: 'idle' | 'loading' | 'none' | 'filled' | 'same' }
  | { kind: 'error'; message: string }
  /** A saved profile exists but the person had already typed: offer it instead of overwriting. */
  | { kind: 'offer'; values: FormValues };

const resultDelayMs = 300;
/** Longest a press is waited for before a field's message appears anyway (keyboard users). */
const tapWaitMs = 1000;

const sameProfile = (a: EnterpriseProfile, b: EnterpriseProfile) =>
  JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

export default function PolicyMatchPage() {
  const { status } = useSession();
  const [values, setValues] = useState<FormValues>(loadDraft);
  const [step, setStep] = useState(loadDraftStep);
  const [showAllFields, setShowAllFields] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  // A half-typed 统一社会信用代码 is not an error yet: say so once it is complete or on saving.
  const [judgeCreditCode, setJudgeCreditCode] = useState(false);
  const [saved, setSaved] = useState<Saved>({ kind: 'idle' });
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const asOf = useMemo(() => shanghaiDate(), []);

  const reading = useMemo(() => readForm(values), [values]);
  const settledProfile = useDebounced(reading.profile, resultDelayMs);
  const results = useMemo(() => evaluateEligibility(settledProfile, asOf).results, [settledProfile, asOf]);
  const needed = useMemo(() => neededFields(results), [results]);

  // The cards follow their verdicts (result-order.ts), but only when the result is looked at:
  // on opening the page, on 查看逐项结果 / 查看结果, once every policy is decided, and after a
  // saved profile replaced the form. While the person types, a verdict changes in place.
  const [order, setOrder] = useState(() => verdictOrder(results));
  const arrangeWhenSettled = useRef(false);
  const wasDecided = useRef(results.every((r) => r.verdict !== 'incomplete'));
  useEffect(() => {
    const decided = results.every((r) => r.verdict !== 'incomplete');
    if (arrangeWhenSettled.current || (decided && !wasDecided.current)) setOrder(verdictOrder(results));
    arrangeWhenSettled.current = false;
    wasDecided.current = decided;
  }, [results]);
  const shownResults = useMemo(() => inOrder(results, order), [results, order]);

  const errors = useMemo(() => {
    const local = { ...reading.errors };
    const code = typeof values.creditCode === 'string' ? values.creditCode.trim() : '';
    if (!judgeCreditCode && code.length < 18) delete local.creditCode;
    return { ...serverErrors, ...local };
  }, [reading.errors, serverErrors, values.creditCode, judgeCreditCode]);

  useEffect(() => saveDraft(values, step), [values, step]);

  const change = useCallback((field: ProfileField, value: FormValue | undefined) => {
    setValues((current) => {
      const next = { ...current };
      if (value === undefined) delete next[field];
      else next[field] = value;
      return next;
    });
    setServerErrors((current) => {
      if (!(field in current)) return current;
      const next = { ...current };
      delete next[field];
      return next;
    });
  }, []);

  // A saved profile fills an empty form once per visit; GET /me/enterprise answers 404 (null) when none.
  const valuesRef = useRef(values);
  valuesRef.current = values;
  const loadSaved = useCallback(async () => {
    setSaved({ kind: 'loading' });
    try {
      const answer = await fetchMyEnterprise();
      if (!answer) return setSaved({ kind: 'none' });
      setSavedAt(answer.updatedAt);
      const savedValues = valuesFromProfile(answer.profile);
      if (sameProfile(readForm(valuesRef.current).profile, answer.profile)) {
        setSaved({ kind: 'same' });
      } else if (Object.keys(valuesRef.current).length === 0) {
        arrangeWhenSettled.current = true;
        setValues(savedValues);
        setSaved({ kind: 'filled' });
      } else {
        setSaved({ kind: 'offer', values: savedValues });
      }
    } catch (e) {
      setSaved({ kind: 'error', message: errorMessage(e) });
    }
  }, []);
  const askedForSaved = useRef(false);
  useEffect(() => {
    if (status !== 'signedIn' || askedForSaved.current) return;
    askedForSaved.current = true;
    void loadSaved();
  }, [status, loadSaved]);

  useShareAppMessage(() => ({
    title: '企业政策匹配自测：看看企业符合哪些科技政策',
    path: pageUrl('policyMatch'),
  }));

  // Leaving the 统一社会信用代码 by tapping something else: its message would appear above that
  // thing and move it between press and release, and the tap would be lost. So the message waits
  // for the tap to end (any tap on the page reaches the wrapper below), or for a second at most.
  const judgeTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const judgeNow = useCallback(() => {
    if (judgeTimer.current === null) return;
    clearTimeout(judgeTimer.current);
    judgeTimer.current = null;
    setJudgeCreditCode(true);
  }, []);
  const judgeAfterTap = () => {
    if (judgeTimer.current !== null) clearTimeout(judgeTimer.current);
    judgeTimer.current = setTimeout(judgeNow, tapWaitMs);
  };
  useEffect(() => () => void (judgeTimer.current !== null && clearTimeout(judgeTimer.current)), []);
  const afterAnyTap = () => {
    if (judgeTimer.current !== null) setTimeout(judgeNow, 0);
  };

  const clearForm = async () => {
    const confirmed = await ask({
      title: '清空填写',
      content: '清空本页已填写的全部内容？保存在本机的草稿也会删除，已保存到账号的企业信息不受影响。',
      confirmText: '清空',
    });
    if (!confirmed) return;
    arrangeWhenSettled.current = true;
    setValues({});
    setServerErrors({});
    setJudgeCreditCode(false);
    setStep(0);
  };

  const openStep = (index: number) => {
    setStep(index);
    setShowAllFields(false);
    scrollToId('policy-form');
  };
  const askFor = (field: ProfileField) => openStep(stepOfField(field));
  const showResults = () => {
    setOrder(verdictOrder(results));
    // Typed a moment ago: the verdicts are a debounce away, arrange them again once they come.
    if (settledProfile !== reading.profile) arrangeWhenSettled.current = true;
    scrollToId('policy-results');
  };

  const current = formSteps[step]!;
  const shownFields = current.fields.filter(
    (spec) =>
      showAllFields ||
      needed.has(spec.field) ||
      isAnswered(values, spec.field) ||
      errors[spec.field] ||
      spec.purpose,
  );
  const hiddenCount = current.fields.length - shownFields.length;
  const count = (verdict: string) => results.filter((r) => r.verdict === verdict).length;
  // From the settled results, so the sentence and the verdicts below always agree.
  const stillNeeded = needed.size;
  const errorCount = Object.keys(reading.errors).length;

  return (
    <PageRoot className="page match">
      <View onClick={afterAnyTap}>
        <View className="match-summary">
          <View className="match-counts">
            <Text className="match-count match-count-eligible">符合 {count('eligible')}</Text>
            <Text className="match-count match-count-ineligible">不符合 {count('ineligible')}</Text>
            <Text className="match-count match-count-incomplete">信息不全 {count('incomplete')}</Text>
          </View>
          <Text className="match-summary-text">
            {stillNeeded > 0
              ? `还有 ${stillNeeded} 项信息会影响结论，已标为“待填”。`
              : `${results.length} 项政策都已得出结论。`}
          </Text>
          <Button className="btn btn-secondary match-to-results" onClick={showResults}>
            查看逐项结果 ↓
          </Button>
        </View>

        {saved.kind === 'filled' && <Text className="hint match-note">已填入您保存的企业信息。</Text>}
        {saved.kind === 'same' && (
          <Text className="hint match-note">本机保留的填写内容与您保存的企业信息一致。</Text>
        )}
        {saved.kind === 'loading' && <Text className="hint match-note">正在读取您保存的企业信息…</Text>}
        {saved.kind === 'error' && (
          <View className="match-note">
            <Text className="error-text">读取已保存的企业信息失败：{saved.message}</Text>
            <Button className="btn btn-secondary" onClick={() => void loadSaved()}>
              重新读取
            </Button>
          </View>
        )}
        {saved.kind === 'offer' && (
          <View className="card match-note">
            <Text className="muted">您有已保存的企业信息。要用它替换当前填写的内容吗？</Text>
            <Button
              className="btn btn-secondary"
              onClick={() => {
                arrangeWhenSettled.current = true;
                setValues(saved.values);
                setSaved({ kind: 'filled' });
              }}
            >
              使用已保存的信息
            </Button>
          </View>
        )}

        <View id="policy-form">
          <StepNav current={step} values={values} errors={errors} needed={needed} onPick={openStep} />
          <View className="card step-card">
            <Text className="card-title">
              第 {step + 1} 步（共 {formSteps.length} 步）：{current.title}
            </Text>
            {current.intro && <Text className="step-intro">{current.intro}</Text>}
            {shownFields.length === 0 && (
              <Text className="step-intro">本步的信息目前不影响任何政策的结论，可以跳过。</Text>
            )}
            {shownFields.map((spec) => (
              <FieldInput
                key={spec.field}
                spec={spec}
                value={values[spec.field]}
                error={errors[spec.field]}
                yuan={reading.yuan[spec.field]}
                neededBy={isAnswered(values, spec.field) ? undefined : needed.get(spec.field)}
                onChange={(value) => change(spec.field, value)}
                onBlur={spec.kind === 'creditCode' ? judgeAfterTap : undefined}
              />
            ))}
            {hiddenCount > 0 && (
              <Button className="btn btn-secondary" onClick={() => setShowAllFields(true)}>
                另有 {hiddenCount} 项目前不影响结论，仍要填写
              </Button>
            )}
            <View className="step-buttons">
              {step > 0 && (
                <Button className="btn btn-secondary step-button" onClick={() => openStep(step - 1)}>
                  上一步
                </Button>
              )}
              {step < formSteps.length - 1 ? (
                <Button className="btn btn-primary step-button" onClick={() => openStep(step + 1)}>
                  下一步：{formSteps[step + 1]!.title}
                </Button>
              ) : (
                <Button className="btn btn-primary step-button" onClick={showResults}>
                  查看结果
                </Button>
              )}
            </View>
          </View>
        </View>

        {Object.keys(values).length > 0 && (
          <View className="match-draft">
            <Text className="hint">填写的内容只保留在本机，关闭或刷新页面后仍在；不保存就不会上传。</Text>
            <Button className="btn btn-secondary" onClick={() => void clearForm()}>
              清空填写
            </Button>
          </View>
        )}

        <SaveSection
          profile={reading.profile}
          errorCount={errorCount}
          savedAt={savedAt}
          onAttempt={() => {
            if (judgeTimer.current !== null) clearTimeout(judgeTimer.current);
            judgeTimer.current = null;
            setJudgeCreditCode(true);
          }}
          onSaved={(updatedAt) => {
            setSavedAt(updatedAt);
            setServerErrors({});
          }}
          onFieldErrors={setServerErrors}
        />

        <ResultList title={`逐项结果（按 ${asOf} 有效的政策测算）`} results={shownResults} onAsk={askFor} />

        <ShareResult
          content={() =>
            cardContent(results, (id) => findPolicy(id)?.verified ?? false, reading.profile.name, asOf)
          }
        />

        <Text className="hint match-disclaimer">
          结果在手机上按公开的政策条件即时计算，仅供参考，最终以主管部门审核为准。标有“待核对”的政策，以主管部门最新文件为准。
        </Text>
      </View>
    </PageRoot>
  );
}

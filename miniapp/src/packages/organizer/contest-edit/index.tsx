import Taro, { useRouter } from '@tarojs/taro';
import { Button, Picker, Text, View } from '@tarojs/components';
import {
  can,
  certificationNames,
  certificationValues,
  contestKindNames,
  contestKinds,
  type Contest,
  type ContestCreate,
} from '@szkc/shared';
import { useEffect, useState } from 'react';
import { ApiError, errorMessage, hasErrorCode } from '../../../api/errors';
import { toastSuccess } from '../../../api/feedback';
import { BusyButton } from '../../../components/BusyButton';
import { StateView } from '../../../components/StateView';
import { useRequest } from '../../../hooks/useRequest';
import { replacePage } from '../../../navigation';
import { ChoiceChips } from '../../../policies/ChoiceChips';
import { createContest, fetchContestForEdit, patchContest, publishContest } from '../contestApi';
import { DateTimeField, LongTextField, TextField } from '../edit/fields';
import { RoleGate } from '../RoleGate';
import {
  blankForm,
  changedFields,
  errorUnder,
  formFromContest,
  newGroup,
  newRound,
  newRubricItem,
  newTrack,
  rubricRows,
  toContestCreate,
  weightTotal,
  type ContestForm,
  type FieldErrors,
  type GroupRow,
} from './formValues';
import '../organizer.css';
import '../edit/index.css';
import '../../../contests/contests.css';
import { PageRoot } from '../../../components/PageRoot';

const rubricLockedText =
  '已有评审专家打分，评分标准（评分项和权重）已锁定，不能再修改，以免同一轮的分数按不同标准计算。其他内容仍可修改。';

export default function ContestEditPage() {
  const { params } = useRouter();
  return (
    <PageRoot className="page org-page">
      <RoleGate allow={can.organizeContests}>
        <EditContest id={params.id} />
      </RoleGate>
    </PageRoot>
  );
}

/** A new contest starts from a blank form; an existing one is read first. */
function EditContest({ id }: { id?: string }) {
  const stored = useRequest(() => fetchContestForEdit(id ?? ''), [id], { enabled: Boolean(id) });
  useEffect(() => {
    if (id) Taro.setNavigationBarTitle({ title: '编辑大赛' }).catch(() => undefined);
  }, [id]);

  if (!id) return <ContestFormView />;
  if (stored.state === 'error')
    return <StateView kind="error" text={stored.error ?? undefined} onRetry={() => void stored.reload()} />;
  if (!stored.data) return <StateView kind="loading" text="正在加载大赛…" />;
  return <ContestFormView stored={stored.data} />;
}

/** What a save compares against, so only the fields the organiser changed are sent. */
function originalOf(stored: Contest): ContestCreate | null {
  const parsed = toContestCreate(formFromContest(stored));
  return 'data' in parsed ? parsed.data : null;
}

function ContestFormView({ stored }: { stored?: Contest }) {
  const [contest, setContest] = useState(stored);
  const [form, setForm] = useState<ContestForm>(() => (stored ? formFromContest(stored) : blankForm()));
  const [original, setOriginal] = useState(() => (stored ? originalOf(stored) : null));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [rubricLocked, setRubricLocked] = useState(stored?.rubricLocked ?? false);
  const [busy, setBusy] = useState<'save' | 'publish' | null>(null);

  const set =
    <K extends keyof ContestForm>(field: K) =>
    (value: ContestForm[K]) =>
      setForm((current) => ({ ...current, [field]: value }));
  const setRow = <K extends 'tracks' | 'groups' | 'rubric' | 'rounds'>(
    list: K,
    rowKey: number,
    patch: Partial<ContestForm[K][number]>,
  ) =>
    setForm((current) => ({
      ...current,
      [list]: (current[list] as Array<{ key: number }>).map((row) =>
        row.key === rowKey ? { ...row, ...patch } : row,
      ),
    }));
  const removeRow = (list: 'tracks' | 'groups' | 'rubric' | 'rounds', rowKey: number) =>
    setForm((current) => ({
      ...current,
      [list]: (current[list] as Array<{ key: number }>).filter((row) => row.key !== rowKey),
    }));

  const save = async () => {
    const result = toContestCreate(form);
    if ('errors' in result) {
      setErrors(result.errors);
      setFormError('请按提示修改标红的项');
      void Taro.showToast({ title: '请按提示修改标红的项', icon: 'none', duration: 2500 });
      return;
    }
    setErrors({});
    setFormError(null);
    setBusy('save');
    try {
      if (contest) {
        const patch = original ? changedFields(original, result.data) : result.data;
        if (Object.keys(patch).length === 0) {
          toastSuccess('没有需要保存的修改');
          return;
        }
        const saved = await patchContest(contest.id, patch);
        setContest(saved);
        setOriginal(result.data);
        setRubricLocked(saved.rubricLocked);
        toastSuccess('已保存');
      } else {
        const created = await createContest(result.data);
        toastSuccess('已保存为草稿');
        replacePage('organizerContestEdit', { id: created.id });
      }
    } catch (e) {
      if (hasErrorCode(e, 'RUBRIC_LOCKED')) {
        // Back to the rubric as saved, so a second tap saves the other changes.
        setRubricLocked(true);
        if (original) setForm((current) => ({ ...current, rubric: rubricRows(original.rubric) }));
        setFormError(
          `${errorMessage(e)}。评分标准已恢复为保存的内容，其他修改尚未保存，请再点一次“保存修改”。`,
        );
      } else {
        setErrors(fieldIssuesByPath(e));
        setFormError(errorMessage(e));
      }
    } finally {
      setBusy(null);
    }
  };

  const publish = async () => {
    if (!contest) return;
    const { confirm } = await Taro.showModal({
      title: '发布大赛',
      content: '发布后市民即可看到本大赛，并在报名时间内报名。确定发布吗？',
    });
    if (!confirm) return;
    setBusy('publish');
    setFormError(null);
    try {
      setContest(await publishContest(contest.id));
      toastSuccess('已发布');
    } catch (e) {
      setFormError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  const total = weightTotal(form.rubric);
  // Once published, entries may name a saved track or group: those rows can be renamed, not removed.
  const published = contest !== undefined && contest.status !== 'draft';
  const removable = (saved: ReadonlyArray<{ id: string }> | undefined, id: string) =>
    !published || !saved?.some((row) => row.id === id);

  return (
    <View>
      {contest && (
        <View className="card">
          <Text className={`contest-status contest-status-${contest.status}`}>
            {contest.status === 'draft' ? '草稿（市民还看不到）' : '已发布'}
          </Text>
        </View>
      )}

      <View className="card">
        <Text className="card-title">基本信息</Text>
        <TextField
          label="大赛名称"
          value={form.title}
          onChange={set('title')}
          error={errors.title}
          maxlength={60}
          placeholder="例如：2026年石嘴山市创新创业大赛"
        />
        <Text className="label">大赛类别</Text>
        <ChoiceChips
          choices={contestKinds.map((kind) => ({
            key: kind,
            label: contestKindNames[kind],
            selected: form.kind === kind,
            onPick: () => set('kind')(kind),
          }))}
        />
        {errors.kind && <Text className="error-text">{errors.kind}</Text>}
        <LongTextField
          label="大赛介绍"
          value={form.description}
          onChange={set('description')}
          error={errors.description}
          placeholder="大赛宗旨、参赛对象、奖项设置、主办单位等"
        />
      </View>

      <View className="card">
        <Text className="card-title">报名时间与团队</Text>
        <DateTimeField
          label="报名开始"
          value={form.signupOpensAt}
          onChange={set('signupOpensAt')}
          error={errors.signupOpensAt}
        />
        <DateTimeField
          label="报名截止"
          value={form.signupClosesAt}
          onChange={set('signupClosesAt')}
          error={errors.signupClosesAt}
        />
        <Text className="hint">均为北京时间。报名截止前，参赛团队可以修改项目。</Text>
        <View className="ef-pair">
          <TextField
            label="每队最少（人）"
            type="number"
            value={form.teamMin}
            onChange={set('teamMin')}
            error={errors.teamMin}
            maxlength={2}
          />
          <TextField
            label="每队最多（人）"
            type="number"
            value={form.teamMax}
            onChange={set('teamMax')}
            error={errors.teamMax}
            maxlength={2}
          />
        </View>
      </View>

      <View className="card">
        <Text className="card-title">赛道</Text>
        {form.tracks.map((track, i) => (
          <View key={track.key} className="contest-field">
            <TextField
              label={`赛道 ${i + 1} 名称`}
              value={track.name}
              onChange={(name) => setRow('tracks', track.key, { name })}
              error={errorUnder(errors, `tracks.${i}`)}
              maxlength={30}
              placeholder="例如：新材料"
            />
            {form.tracks.length > 1 && removable(contest?.tracks, track.id) && (
              <Button className="btn btn-secondary" onClick={() => removeRow('tracks', track.key)}>
                删除赛道 {i + 1}
              </Button>
            )}
          </View>
        ))}
        {errors.tracks && <Text className="error-text">{errors.tracks}</Text>}
        {published && <Text className="hint">大赛已发布，已有的赛道和组别只能改名，不能删除。</Text>}
        <Button
          className="btn btn-secondary"
          onClick={() => set('tracks')([...form.tracks, newTrack(form.tracks)])}
        >
          添加赛道
        </Button>
      </View>

      <View className="card">
        <Text className="card-title">组别（可不设）</Text>
        <Text className="hint">
          按企业注册时间、销售收入或资质分组。每项条件请写明依据的文件和条款；未与原文核对的，不要勾选“已核对原文”，页面会标注“待核实”。
        </Text>
        {form.groups.map((group, i) => (
          <GroupEditor
            key={group.key}
            index={i}
            group={group}
            errors={errors}
            onChange={(patch) => setRow('groups', group.key, patch)}
            onRemove={removable(contest?.groups, group.id) ? () => removeRow('groups', group.key) : undefined}
          />
        ))}
        {errors.groups && <Text className="error-text">{errors.groups}</Text>}
        <Button
          className="btn btn-secondary"
          onClick={() => set('groups')([...form.groups, newGroup(form.groups)])}
        >
          添加组别
        </Button>
      </View>

      <View className="card">
        <Text className="card-title">评分标准</Text>
        <Text className="hint">评审专家每项打 1–5 分，总分 = Σ 权重 × 分数 ÷ 5，满分 100。</Text>
        {rubricLocked && <Text className="error-text">{rubricLockedText}</Text>}
        {form.rubric.map((item, i) => (
          <View key={item.key} className="contest-field">
            {rubricLocked ? (
              <Text className="contest-line">
                {item.label}：权重 {item.weight}
              </Text>
            ) : (
              <>
                <View className="ef-pair">
                  <TextField
                    label={`评分项 ${i + 1}`}
                    value={item.label}
                    onChange={(label) => setRow('rubric', item.key, { label })}
                    error={errorUnder(errors, `rubric.${i}.label`)}
                    maxlength={30}
                    placeholder="例如：技术创新"
                  />
                  <TextField
                    label="权重"
                    type="number"
                    value={item.weight}
                    onChange={(weight) => setRow('rubric', item.key, { weight })}
                    error={errorUnder(errors, `rubric.${i}.weight`)}
                    maxlength={3}
                  />
                </View>
                {form.rubric.length > 1 && (
                  <Button className="btn btn-secondary" onClick={() => removeRow('rubric', item.key)}>
                    删除评分项 {i + 1}
                  </Button>
                )}
              </>
            )}
          </View>
        ))}
        <Text className={total === 100 ? 'contest-line' : 'error-text'}>
          {total === 100
            ? '权重合计 100，符合要求'
            : `权重合计 ${total}，须为 100（${total < 100 ? `还差 ${100 - total}` : `多了 ${total - 100}`}）`}
        </Text>
        {errors.rubric && <Text className="error-text">{errors.rubric}</Text>}
        {!rubricLocked && (
          <Button
            className="btn btn-secondary"
            onClick={() => set('rubric')([...form.rubric, newRubricItem(form.rubric)])}
          >
            添加评分项
          </Button>
        )}
      </View>

      <View className="card">
        <Text className="card-title">评审轮次</Text>
        {form.rounds.map((round, i) => (
          <View key={round.key} className="contest-field">
            <TextField
              label={`第 ${i + 1} 轮名称`}
              value={round.name}
              onChange={(name) => setRow('rounds', round.key, { name })}
              error={errorUnder(errors, `rounds.${i}`)}
              maxlength={30}
              placeholder="例如：初赛"
            />
            {i === form.rounds.length - 1 && i > 0 && i >= (contest?.rounds.length ?? 0) && (
              <Button className="btn btn-secondary" onClick={() => removeRow('rounds', round.key)}>
                删除第 {i + 1} 轮
              </Button>
            )}
          </View>
        ))}
        {errors.rounds && <Text className="error-text">{errors.rounds}</Text>}
        <Button className="btn btn-secondary" onClick={() => set('rounds')([...form.rounds, newRound()])}>
          添加一轮
        </Button>
      </View>

      {formError && <Text className="error-text ef-form-error">{formError}</Text>}
      <BusyButton
        busy={busy === 'save'}
        busyText="正在保存…"
        disabled={busy !== null}
        onClick={() => void save()}
      >
        {contest ? '保存修改' : '保存为草稿'}
      </BusyButton>
      {contest?.status === 'draft' && (
        <BusyButton
          kind="secondary"
          busy={busy === 'publish'}
          busyText="正在发布…"
          disabled={busy !== null}
          onClick={() => void publish()}
        >
          发布大赛
        </BusyButton>
      )}
      {!contest && <Text className="hint">保存后可在本页发布，市民才能看到。</Text>}
    </View>
  );
}

function GroupEditor({
  index,
  group,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  group: GroupRow;
  errors: FieldErrors;
  onChange(patch: Partial<GroupRow>): void;
  /** Absent for a saved group of a published contest. */
  onRemove?: () => void;
}) {
  const at = `groups.${index}`;
  const toggleCertification = (c: GroupRow['requiredCertifications'][number]) =>
    onChange({
      requiredCertifications: group.requiredCertifications.includes(c)
        ? group.requiredCertifications.filter((x) => x !== c)
        : [...group.requiredCertifications, c],
    });
  return (
    <View className="contest-field">
      <TextField
        label={`组别 ${index + 1} 名称`}
        value={group.name}
        onChange={(name) => onChange({ name })}
        error={errorUnder(errors, `${at}.name`)}
        maxlength={30}
        placeholder="例如：初创组"
      />
      <DateRule
        label="注册日期不早于（可不填）"
        value={group.registeredOnOrAfter}
        onChange={(registeredOnOrAfter) => onChange({ registeredOnOrAfter })}
        error={errorUnder(errors, `${at}.rules.registeredOnOrAfter`)}
      />
      <DateRule
        label="注册日期不晚于（可不填）"
        value={group.registeredOnOrBefore}
        onChange={(registeredOnOrBefore) => onChange({ registeredOnOrBefore })}
        error={errorUnder(errors, `${at}.rules.registeredOnOrBefore`)}
      />
      <TextField
        label="最近一年销售收入不超过（万元，可不填）"
        type="digit"
        value={group.revenueMaxWan}
        onChange={(revenueMaxWan) => onChange({ revenueMaxWan })}
        error={errorUnder(errors, `${at}.rules.revenueMaxYuan`)}
        maxlength={14}
        placeholder="例如：1000"
      />
      <Text className="label">须具备的资质（可不选）</Text>
      <ChoiceChips
        choices={certificationValues.map((c) => ({
          key: c,
          label: certificationNames[c],
          selected: group.requiredCertifications.includes(c),
          onPick: () => toggleCertification(c),
        }))}
      />
      <TextField
        label="条件依据（文件名称及条款）"
        value={group.source}
        onChange={(source) => onChange({ source })}
        error={errorUnder(errors, `${at}.source`)}
        maxlength={200}
        placeholder="例如：《大赛章程》第五条"
      />
      <ChoiceChips
        choices={[
          {
            key: 'verified',
            label: group.verified ? '☑ 已核对原文' : '☐ 已核对原文',
            selected: group.verified,
            onPick: () => onChange({ verified: !group.verified }),
          },
        ]}
      />
      {errors[at] && <Text className="error-text">{errors[at]}</Text>}
      {errors[`${at}.rules`] && <Text className="error-text">{errors[`${at}.rules`]}</Text>}
      {onRemove && (
        <Button className="btn btn-secondary" onClick={onRemove}>
          删除组别 {index + 1}
        </Button>
      )}
    </View>
  );
}

function DateRule({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string;
}) {
  return (
    <View className="ef-field">
      <Text className="label">{label}</Text>
      <View className="ef-datetime">
        <Picker mode="date" value={value || '2025-01-01'} onChange={(e) => onChange(String(e.detail.value))}>
          <View className="ef-picker ef-picker-date">{value || '不限'} ▾</View>
        </Picker>
        {value && (
          <Button className="btn btn-secondary" onClick={() => onChange('')}>
            清除
          </Button>
        )}
      </View>
      {error && <Text className="error-text">{error}</Text>}
    </View>
  );
}

/** A 422's issues keyed by their full path (`tracks.1.name`), so each row shows its own message. */
function fieldIssuesByPath(error: unknown): FieldErrors {
  const issues = error instanceof ApiError ? error.details?.issues : undefined;
  const byPath: FieldErrors = {};
  if (!Array.isArray(issues)) return byPath;
  for (const issue of issues as Array<{ path?: unknown; message?: unknown }>) {
    if (typeof issue.path === 'string' && typeof issue.message === 'string')
      byPath[issue.path || 'form'] ??= issue.message;
  }
  return byPath;
}

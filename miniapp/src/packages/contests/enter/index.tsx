import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { verdictNames, type EnterpriseProfile } from '@szkc/shared';
import { useEffect, useState } from 'react';
import { createEntry, fetchContest } from '../../../api/contests';
import { errorMessage, hasErrorCode } from '../../../api/errors';
import { BusyButton } from '../../../components/BusyButton';
import { SignInGate } from '../../../components/SignInGate';
import { StateView } from '../../../components/StateView';
import {
  EntryFields,
  emptyEntryForm,
  entryFormProblems,
  type EntryForm,
} from '../../../contests/EntryFields';
import { existingEntryOf, failedCriteriaOf, fieldIssuesOf } from '../../../contests/errorDetails';
import { GroupCheck, type GroupCheckResult } from '../../../contests/GroupCheck';
import type { Contest } from '../../../contests/schemas';
import { useRequest } from '../../../hooks/useRequest';
import { openPage, replacePage } from '../../../navigation';
import { CriterionList } from '../../../policies/CriterionList';
import { ChoiceChips } from '../../../policies/ChoiceChips';
import { useSession } from '../../../session/SessionContext';
import '../../../contests/contests.css';
import { PageRoot } from '../../../components/PageRoot';

export default function ContestEnterPage() {
  const { params } = useRouter();
  const contestId = params.contestId ?? '';
  const { status } = useSession();
  const contest = useRequest(() => fetchContest(contestId), [contestId], { enabled: status === 'signedIn' });

  return (
    <PageRoot className="page contest-enter">
      <SignInGate text="登录后才能创建参赛项目">
        {contest.state === 'loading' && <StateView kind="loading" text="正在加载大赛…" />}
        {contest.state === 'error' && (
          <StateView kind="error" text={contest.error ?? undefined} onRetry={() => void contest.reload()} />
        )}
        {contest.state === 'ready' && contest.data && <EnterForm contest={contest.data} />}
      </SignInGate>
    </PageRoot>
  );
}

type Failure =
  | { kind: 'message'; message: string }
  | { kind: 'notEligible'; message: string; criteria: ReturnType<typeof failedCriteriaOf> }
  | { kind: 'alreadyEntered'; entryId: string | null };

// What was typed survives leaving the page (a trip to the chat for the figures) until it is sent.
const draftKey = (contestId: string) => `szkc.contests.entryDraft.${contestId}`;

function EnterForm({ contest }: { contest: Contest }) {
  const [form, setForm] = useState<EntryForm>(() => {
    const stored = Taro.getStorageSync(draftKey(contest.id)) as EntryForm | '';
    if (stored) return stored;
    return { ...emptyEntryForm, trackId: contest.tracks.length === 1 ? contest.tracks[0]!.id : '' };
  });
  useEffect(() => Taro.setStorageSync(draftKey(contest.id), form), [contest.id, form]);
  // 'auto': the server takes the first group the figures pass.
  const [groupId, setGroupId] = useState<string>('auto');
  const [check, setCheck] = useState<GroupCheckResult | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);
  const hasGroups = contest.groups.length > 0;

  const onCheck = (result: GroupCheckResult) => {
    setCheck(result);
    // The company name from the saved profile is the likely 所在单位.
    if (result.profile.name) {
      setForm((current) =>
        current.organizationName ? current : { ...current, organizationName: result.profile.name ?? '' },
      );
    }
  };
  const verdictOf = (id: string) => check?.groups.find((group) => group.groupId === id)?.verdict;

  const send = async () => {
    const problems = entryFormProblems(form);
    setErrors(problems);
    setFailure(null);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      const profile: EnterpriseProfile | undefined =
        hasGroups && check && Object.keys(check.profile).length > 0 ? check.profile : undefined;
      const entry = await createEntry(contest.id, {
        trackId: form.trackId,
        projectName: form.projectName.trim(),
        summary: form.summary.trim(),
        ...(form.organizationName.trim() ? { organizationName: form.organizationName.trim() } : {}),
        ...(hasGroups && groupId !== 'auto' ? { groupId } : {}),
        ...(profile ? { profile } : {}),
      });
      Taro.removeStorageSync(draftKey(contest.id));
      replacePage('contestEntry', { contestId: contest.id, entryId: entry.id });
    } catch (e) {
      if (hasErrorCode(e, 'NOT_ELIGIBLE')) {
        setFailure({ kind: 'notEligible', message: errorMessage(e), criteria: failedCriteriaOf(e) });
      } else if (hasErrorCode(e, 'ALREADY_ENTERED')) {
        setFailure({ kind: 'alreadyEntered', entryId: existingEntryOf(e) });
      } else if (hasErrorCode(e, 'VALIDATION_FAILED')) {
        setErrors(fieldIssuesOf(e));
        setFailure({ kind: 'message', message: errorMessage(e) });
      } else {
        setFailure({ kind: 'message', message: errorMessage(e) });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <View>
      <View className="card">
        <Text className="card-title">{contest.title}</Text>
        <Text className="muted">您将作为队长创建项目，创建后可把邀请码发给队友，邀请他们加入。</Text>
        <EntryFields tracks={contest.tracks} form={form} errors={errors} onChange={setForm} />
      </View>

      {hasGroups && (
        <>
          <GroupCheck contest={contest} onResult={onCheck} />
          <View className="card">
            <Text className="contest-label">参赛组别</Text>
            <ChoiceChips
              choices={[
                {
                  key: 'auto',
                  label: '按企业数据自动确定',
                  selected: groupId === 'auto',
                  onPick: () => setGroupId('auto'),
                },
                ...contest.groups.map((group) => {
                  const verdict = verdictOf(group.id);
                  return {
                    key: group.id,
                    label: verdict ? `${group.name}（${verdictNames[verdict]}）` : group.name,
                    selected: groupId === group.id,
                    onPick: () => setGroupId(group.id),
                  };
                }),
              ]}
            />
            {groupId !== 'auto' && verdictOf(groupId) === 'ineligible' && (
              <Text className="error-text">按上面填写的数据，您不符合这个组别的条件，提交时会被拒绝。</Text>
            )}
            {errors.groupId && <Text className="error-text">{errors.groupId}</Text>}
          </View>
        </>
      )}

      {failure?.kind === 'message' && <Text className="error-text">{failure.message}</Text>}
      {failure?.kind === 'notEligible' && (
        <View className="card conflict">
          <Text className="error-text">{failure.message}，逐项情况如下：</Text>
          <CriterionList criteria={failure.criteria} />
        </View>
      )}
      {failure?.kind === 'alreadyEntered' && (
        <View className="card conflict">
          <Text className="error-text">您已经在本大赛的一个项目里了。每人在一个大赛中只能参加一个项目。</Text>
          {failure.entryId && (
            <Button
              className="btn btn-secondary"
              onClick={() => openPage('contestEntry', { contestId: contest.id, entryId: failure.entryId! })}
            >
              查看我已参加的项目
            </Button>
          )}
        </View>
      )}
      <BusyButton busy={busy} busyText="正在创建…" onClick={() => void send()}>
        创建参赛项目
      </BusyButton>
    </View>
  );
}

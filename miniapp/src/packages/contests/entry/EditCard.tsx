import { Button, Text, View } from '@tarojs/components';
import { verdictNames, type EnterpriseProfile } from '@szkc/shared';
import { useState } from 'react';
import { editEntry } from '../../../api/contests';
import { errorMessage, hasErrorCode } from '../../../api/errors';
import { BusyButton } from '../../../components/BusyButton';
import { EntryFields, entryFormProblems, type EntryForm } from '../../../contests/EntryFields';
import { currentEntryOf, fieldIssuesOf } from '../../../contests/errorDetails';
import { GroupCheck, type GroupCheckResult } from '../../../contests/GroupCheck';
import { trackName } from '../../../contests/labels';
import type { Contest, Entry } from '../../../contests/schemas';
import { ChoiceChips } from '../../../policies/ChoiceChips';

const formOf = (entry: Entry): EntryForm => ({
  trackId: entry.trackId,
  projectName: entry.projectName,
  summary: entry.summary,
  organizationName: entry.organizationName ?? '',
});

const fieldNames: Record<keyof EntryForm, string> = {
  trackId: '赛道',
  projectName: '项目名称',
  summary: '项目简介',
  organizationName: '所在单位',
};

/** The fields this person changed against the version they started from. */
const changedFields = (from: EntryForm, to: EntryForm) =>
  (Object.keys(fieldNames) as Array<keyof EntryForm>).filter((field) => from[field] !== to[field]);

/** Same figures whatever the order of the keys. */
const sameProfile = (a: EnterpriseProfile | null, b: EnterpriseProfile | null) => {
  const key = (p: EnterpriseProfile | null) =>
    JSON.stringify(Object.entries(p ?? {}).sort(([x], [y]) => (x < y ? -1 : 1)));
  return key(a) === key(b);
};

interface Conflict {
  /** The entry as a teammate saved it. */
  newer: Entry;
  /** What this person tried to save. */
  mine: EntryForm;
}

/**
 * Editing with `version`: a save made on an old version is refused by the server
 * (VERSION_CONFLICT); then the newer text is shown next to the person's own, and they redo their
 * change on top of the newer version. Nothing is overwritten without them seeing it.
 */
export function EditCard({
  contest,
  entry,
  onSaved,
}: {
  contest: Contest;
  entry: Entry;
  onSaved(entry: Entry): void;
}) {
  const [editing, setEditing] = useState(false);
  const [base, setBase] = useState<Entry>(entry);
  const [form, setForm] = useState<EntryForm>(formOf(entry));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [busy, setBusy] = useState(false);
  // Group and figures: only sent when the person changed them.
  const [groupId, setGroupId] = useState<string | null>(entry.groupId);
  const [check, setCheck] = useState<GroupCheckResult | null>(null);
  const hasGroups = contest.groups.length > 0;

  const start = () => {
    setGroupId(entry.groupId);
    setCheck(null);
    setBase(entry);
    setForm(formOf(entry));
    setErrors({});
    setError(null);
    setConflict(null);
    setEditing(true);
  };

  const save = async () => {
    const problems = entryFormProblems(form);
    setErrors(problems);
    setError(null);
    if (Object.keys(problems).length > 0) return;
    const changed = changedFields(formOf(base), form);
    const edit: Record<string, unknown> = Object.fromEntries(
      changed.map((field) => {
        const value = form[field].trim();
        // An emptied 所在单位 is cleared, not sent as an empty name.
        return [field, field === 'organizationName' && !value ? null : value];
      }),
    );
    if (hasGroups && groupId !== base.groupId) edit.groupId = groupId;
    if (hasGroups && check && !sameProfile(check.profile, base.profile ?? null)) edit.profile = check.profile;
    if (Object.keys(edit).length === 0) return setEditing(false);
    setBusy(true);
    try {
      const saved = await editEntry(contest.id, entry.id, base.version, edit);
      setEditing(false);
      onSaved(saved);
    } catch (e) {
      const newer = hasErrorCode(e, 'VERSION_CONFLICT') ? currentEntryOf(e) : null;
      if (newer) {
        setConflict({ newer, mine: form });
        onSaved(newer);
      } else if (hasErrorCode(e, 'VALIDATION_FAILED')) {
        setErrors(fieldIssuesOf(e));
        setError(errorMessage(e));
      } else {
        setError(errorMessage(e));
      }
    } finally {
      setBusy(false);
    }
  };

  /** Start again from the teammate's version; the person's own text stays shown to copy from. */
  const redoOnNewer = () => {
    if (!conflict) return;
    setBase(conflict.newer);
    setForm(formOf(conflict.newer));
  };

  const keepMine = () => {
    if (!conflict) return;
    setBase(conflict.newer);
    setForm(conflict.mine);
    setConflict(null);
  };

  if (!editing) {
    return (
      <Button className="btn btn-secondary" onClick={start}>
        修改项目信息
      </Button>
    );
  }

  const shownValue = (source: EntryForm, field: keyof EntryForm) =>
    field === 'trackId' ? trackName(contest, source.trackId) : source[field] || '（空）';

  return (
    <View className="card">
      <Text className="card-title">修改项目信息</Text>
      {conflict && (
        <View className="card conflict">
          <Text className="error-text">
            已被队友修改：您修改期间，队友保存了新的内容。您的修改还没有保存。
          </Text>
          {changedFields(formOf(base), conflict.mine)
            .concat(changedFields(formOf(base), formOf(conflict.newer)))
            .filter((field, i, all) => all.indexOf(field) === i)
            .map((field) => (
              <View key={field}>
                <Text className="contest-section">{fieldNames[field]}</Text>
                <Text className="hint">队友保存的最新内容：</Text>
                <Text className="conflict-newer">{shownValue(formOf(conflict.newer), field)}</Text>
                <Text className="hint">您刚才写的：</Text>
                <Text className="conflict-newer" userSelect>
                  {shownValue(conflict.mine, field)}
                </Text>
              </View>
            ))}
          <Button className="btn btn-primary" onClick={redoOnNewer}>
            以最新内容为准，在上面重新修改
          </Button>
          <Button className="btn btn-secondary" onClick={keepMine}>
            看过了，仍用我写的内容（需再点保存）
          </Button>
        </View>
      )}
      <EntryFields tracks={contest.tracks} form={form} errors={errors} onChange={setForm} />
      {hasGroups && (
        <View>
          <GroupCheck contest={contest} initialProfile={entry.profile ?? null} onResult={setCheck} />
          <Text className="contest-label">参赛组别</Text>
          <ChoiceChips
            choices={contest.groups.map((group) => {
              const verdict = check?.groups.find((g) => g.groupId === group.id)?.verdict;
              return {
                key: group.id,
                label: verdict ? `${group.name}（${verdictNames[verdict]}）` : group.name,
                selected: groupId === group.id,
                onPick: () => setGroupId(group.id),
              };
            })}
          />
          {errors.groupId && <Text className="error-text">{errors.groupId}</Text>}
        </View>
      )}
      {error && <Text className="error-text">{error}</Text>}
      <BusyButton busy={busy} busyText="正在保存…" onClick={() => void save()}>
        保存修改
      </BusyButton>
      <Button className="btn btn-secondary" onClick={() => setEditing(false)} disabled={busy || undefined}>
        取消
      </Button>
    </View>
  );
}

import { Input, Text, Textarea, View } from '@tarojs/components';
import { ChoiceChips } from '../policies/ChoiceChips';
import type { ContestSummary } from './schemas';

// The fields a team fills in about its project, on the create page and the edit form alike.

export interface EntryForm {
  trackId: string;
  projectName: string;
  summary: string;
  organizationName: string;
}

export const emptyEntryForm: EntryForm = { trackId: '', projectName: '', summary: '', organizationName: '' };

export const entryFormLimits = { projectName: 60, summary: 2000, organizationName: 100 } as const;

/** What must be fixed before sending, per field, in Chinese. */
export function entryFormProblems(form: EntryForm): Partial<Record<keyof EntryForm, string>> {
  const problems: Partial<Record<keyof EntryForm, string>> = {};
  if (!form.trackId) problems.trackId = '请选择赛道';
  if (!form.projectName.trim()) problems.projectName = '请填写项目名称';
  if (!form.summary.trim()) problems.summary = '请用几句话介绍项目';
  return problems;
}

export function EntryFields({
  tracks,
  form,
  errors,
  onChange,
}: {
  tracks: ContestSummary['tracks'];
  form: EntryForm;
  errors: Partial<Record<string, string>>;
  onChange(form: EntryForm): void;
}) {
  const set = (patch: Partial<EntryForm>) => onChange({ ...form, ...patch });
  return (
    <View>
      <View className="contest-field">
        <Text className="contest-label">赛道</Text>
        <ChoiceChips
          choices={tracks.map((track) => ({
            key: track.id,
            label: track.name,
            selected: form.trackId === track.id,
            onPick: () => set({ trackId: track.id }),
          }))}
        />
        {errors.trackId && <Text className="error-text">{errors.trackId}</Text>}
      </View>
      <View className="contest-field">
        <Text className="contest-label">项目名称</Text>
        <Input
          className="input"
          value={form.projectName}
          maxlength={entryFormLimits.projectName}
          placeholder="例如：高纯硅基负极材料"
          onInput={(e) => set({ projectName: e.detail.value })}
        />
        {errors.projectName && <Text className="error-text">{errors.projectName}</Text>}
      </View>
      <View className="contest-field">
        <Text className="contest-label">项目简介</Text>
        <Textarea
          className="contest-textarea"
          value={form.summary}
          maxlength={entryFormLimits.summary}
          placeholder="做什么、解决什么问题、进展到哪一步"
          onInput={(e) => set({ summary: e.detail.value })}
        />
        {errors.summary && <Text className="error-text">{errors.summary}</Text>}
      </View>
      <View className="contest-field">
        <Text className="contest-label">所在单位（企业、学校或团队名称，可不填）</Text>
        <Input
          className="input"
          value={form.organizationName}
          maxlength={entryFormLimits.organizationName}
          placeholder="营业执照上的名称或学校名称"
          onInput={(e) => set({ organizationName: e.detail.value })}
        />
        {errors.organizationName && <Text className="error-text">{errors.organizationName}</Text>}
      </View>
    </View>
  );
}

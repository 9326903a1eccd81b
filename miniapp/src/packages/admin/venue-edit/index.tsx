import { useRouter } from '@tarojs/taro';
import { Input, Text, Textarea, View } from '@tarojs/components';
import { districtCodes, districtNames } from '@szkc/shared';
import { useEffect, useState, type ReactNode } from 'react';
import { errorMessage, hasErrorCode } from '../../../api/errors';
import { toastSuccess } from '../../../api/feedback';
import { fetchVenue } from '../../../api/venues';
import { BusyButton } from '../../../components/BusyButton';
import { StateView } from '../../../components/StateView';
import { useRequest } from '../../../hooks/useRequest';
import { replacePage } from '../../../navigation';
import { currentLocation, locationProblem } from '../../../venues/location';
import {
  checkinModeNames,
  checkinModes,
  radiusLimitsM,
  venueKindNames,
  venueKinds,
  type Venue,
} from '../../../venues/schemas';
import { createVenue, setVenueStaff, updateVenue } from '../api';
import { AdminGate } from '../AdminGate';
import { checkForm, emptyForm, formOf, parseUserIds, type FieldErrors, type VenueForm } from './form';
import '../admin.css';
import { PageRoot } from '../../../components/PageRoot';
import { Tap } from '../../../components/Tap';

export default function AdminVenueEditPage() {
  const { params } = useRouter();
  return (
    <PageRoot className="page ad-page">
      <AdminGate>{params.id ? <ExistingVenue id={params.id} /> : <VenueEditor venue={null} />}</AdminGate>
    </PageRoot>
  );
}

function ExistingVenue({ id }: { id: string }) {
  const venue = useRequest(() => fetchVenue(id), [id]);
  if (venue.state === 'error')
    return <StateView kind="error" text={venue.error ?? undefined} onRetry={() => void venue.reload()} />;
  if (!venue.data) return <StateView kind="loading" text="正在加载场馆…" />;
  return (
    <View>
      <VenueEditor venue={venue.data} onSaved={venue.setData} />
      <StaffEditor venueId={id} />
    </View>
  );
}

function VenueEditor({ venue, onSaved }: { venue: Venue | null; onSaved?: (venue: Venue) => void }) {
  const [form, setForm] = useState<VenueForm>(() => (venue ? formOf(venue) : emptyForm));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const [locating, setLocating] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const set =
    <K extends keyof VenueForm>(key: K) =>
    (value: VenueForm[K]) =>
      setForm((f) => ({ ...f, [key]: value }));

  useEffect(() => {
    if (venue) setForm(formOf(venue));
  }, [venue]);

  const hereIsTheVenue = async () => {
    setLocating(true);
    const answer = await currentLocation();
    setLocating(false);
    if (!answer.ok) return setProblem(locationProblem(answer.reason));
    setForm((f) => ({ ...f, lat: answer.location.lat.toFixed(6), lng: answer.location.lng.toFixed(6) }));
  };

  const save = async () => {
    const checked = checkForm(form);
    setProblem(null);
    if ('errors' in checked) {
      setErrors(checked.errors);
      setProblem('请先改正标红的内容');
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      if (venue) {
        onSaved?.(await updateVenue(venue.id, checked.body));
        toastSuccess('已保存');
      } else {
        const created = await createVenue(checked.body);
        toastSuccess('场馆已创建');
        // Open it as an existing venue: staff can be named from there.
        replacePage('adminVenueEdit', { id: created.id });
      }
    } catch (e) {
      if (hasErrorCode(e, 'VALIDATION_FAILED')) {
        const issues = (e.details?.issues ?? []) as Array<{ path: string; message: string }>;
        const next: FieldErrors = {};
        for (const issue of issues) {
          const key = (
            issue.path.startsWith('location') ? (issue.path.endsWith('lng') ? 'lng' : 'lat') : issue.path
          ) as keyof VenueForm;
          if (key in emptyForm) next[key] ??= issue.message;
        }
        setErrors(next);
      }
      setProblem(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <View className="card">
      <Text className="card-title">{venue ? '场馆信息' : '新建场馆'}</Text>
      <TextField
        label="场馆名称"
        value={form.name}
        onChange={set('name')}
        error={errors.name}
        maxlength={60}
      />
      <Chips
        label="类型"
        value={form.kind}
        options={venueKinds.map((kind) => ({ value: kind, text: venueKindNames[kind] }))}
        onChange={set('kind')}
        error={errors.kind}
      />
      <Chips
        label="所在区县"
        value={form.district}
        options={districtCodes.map((code) => ({ value: code, text: districtNames[code] }))}
        onChange={set('district')}
        error={errors.district}
      />
      <TextField label="地址" value={form.address} onChange={set('address')} error={errors.address} />
      <Field label="位置（GCJ-02 坐标，与微信定位一致）" error={errors.lat ?? errors.lng}>
        <View className="ad-coords">
          <Input
            className="input ad-coord"
            type="digit"
            value={form.lat}
            placeholder="纬度，如 39.0135"
            onInput={(e) => set('lat')(e.detail.value)}
          />
          <Input
            className="input ad-coord"
            type="digit"
            value={form.lng}
            placeholder="经度，如 106.3829"
            onInput={(e) => set('lng')(e.detail.value)}
          />
        </View>
        <BusyButton
          busy={locating}
          busyText="正在获取位置…"
          kind="secondary"
          onClick={() => void hereIsTheVenue()}
        >
          我在场馆，用当前位置
        </BusyButton>
      </Field>
      <TextField
        label="开放时间"
        value={form.openingHours}
        onChange={set('openingHours')}
        error={errors.openingHours}
        placeholder="如 周二至周日 9:00–17:00"
        maxlength={100}
      />
      <TextField
        label="电话（可不填）"
        value={form.phone}
        onChange={set('phone')}
        error={errors.phone}
        maxlength={20}
      />
      <Field label="场馆介绍" error={errors.description}>
        <Textarea
          className="ad-textarea"
          value={form.description}
          maxlength={5000}
          onInput={(e) => set('description')(e.detail.value)}
        />
      </Field>
      <Chips
        label="打卡方式"
        value={form.checkinMode}
        options={checkinModes.map((mode) => ({ value: mode, text: checkinModeNames[mode] }))}
        onChange={set('checkinMode')}
        error={errors.checkinMode}
      />
      <TextField
        label="打卡范围（米）"
        value={form.radiusM}
        onChange={set('radiusM')}
        error={errors.radiusM}
        type="number"
        hint={`${radiusLimitsM.min}–${radiusLimitsM.max} 米：张贴码和定位打卡时，离场馆多远以内算到场`}
        maxlength={4}
      />
      {problem && <Text className="error-text">{problem}</Text>}
      <BusyButton busy={saving} busyText="正在保存…" onClick={() => void save()}>
        {venue ? '保存修改' : '创建场馆'}
      </BusyButton>
    </View>
  );
}

/** Staff are named per venue; each must already have the 场馆工作人员 role. */
function StaffEditor({ venueId }: { venueId: string }) {
  const [text, setText] = useState('');
  const [saving, setSaving] = useState(false);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const save = async () => {
    const ids = parseUserIds(text);
    setSaving(true);
    setNote(null);
    try {
      await setVenueStaff(venueId, ids);
      setNote({ ok: true, text: ids.length ? `已设定 ${ids.length} 位工作人员` : '已清空本馆工作人员' });
    } catch (e) {
      setNote({ ok: false, text: errorMessage(e) });
    } finally {
      setSaving(false);
    }
  };
  return (
    <View className="card">
      <Text className="card-title">本馆工作人员</Text>
      <Text className="hint">
        填写工作人员的用户编号，多个用逗号或换行分开。保存后以此为准（未填写的人不再是本馆工作人员）。每人须先由管理员授予“场馆工作人员”角色。
      </Text>
      <Textarea
        className="ad-textarea ad-ids"
        value={text}
        placeholder="用户编号，如 01JD…"
        maxlength={2000}
        onInput={(e) => setText(e.detail.value)}
      />
      {note && <Text className={note.ok ? 'ad-ok' : 'error-text'}>{note.text}</Text>}
      <BusyButton busy={saving} busyText="正在保存…" kind="secondary" onClick={() => void save()}>
        保存工作人员
      </BusyButton>
    </View>
  );
}

function Field({
  label,
  error,
  hint,
  children,
}: {
  label: string;
  error?: string;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <View className="ad-field">
      <Text className="label">{label}</Text>
      {children}
      {hint && <Text className="hint">{hint}</Text>}
      {error && <Text className="error-text">{error}</Text>}
    </View>
  );
}

function TextField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  placeholder?: string;
  maxlength?: number;
  type?: 'text' | 'number';
}) {
  const { label, value, onChange, error, hint, placeholder, maxlength = 200, type = 'text' } = props;
  return (
    <Field label={label} error={error} hint={hint}>
      <Input
        className="input"
        type={type}
        value={value}
        placeholder={placeholder}
        maxlength={maxlength}
        onInput={(e) => onChange(e.detail.value)}
      />
    </Field>
  );
}

function Chips<T extends string>(props: {
  label: string;
  value: T | '';
  options: Array<{ value: T; text: string }>;
  onChange: (value: T) => void;
  error?: string;
}) {
  const { label, value, options, onChange, error } = props;
  return (
    <Field label={label} error={error}>
      <View className="ad-chips">
        {options.map((option) => (
          <Tap
            key={option.value}
            className={option.value === value ? 'ad-chip ad-chip-active' : 'ad-chip'}
            onClick={() => onChange(option.value)}
          >
            {option.text}
          </Tap>
        ))}
      </View>
    </Field>
  );
}

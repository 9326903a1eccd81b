import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import {
  districtCodes,
  districtNames,
  eventCategories,
  eventCategoryNames,
  type Event,
  type EventCreate,
} from '@szkc/shared';
import { useEffect, useState } from 'react';
import { ApiError, errorMessage } from '../../../api/errors';
import { fetchEvent } from '../../../api/events';
import { toastSuccess } from '../../../api/feedback';
import { StateView } from '../../../components/StateView';
import { useRequest } from '../../../hooks/useRequest';
import { replacePage } from '../../../navigation';
import { canOrganize } from '../../../events/roles';
import { createEvent, updateEvent } from '../api';
import { RoleGate } from '../RoleGate';
import { DateTimeField, LongTextField, SelectField, TextField } from './fields';
import {
  blankForm,
  changedFields,
  formFromEvent,
  timeFieldNames,
  timeFields,
  toEventCreate,
  type FieldErrors,
  type FormValues,
} from './formValues';
import '../organizer.css';
import './index.css';
import { BusyButton } from '../../../components/BusyButton';
import { PageRoot } from '../../../components/PageRoot';

export default function EditEventPage() {
  const { params } = useRouter();
  return (
    <PageRoot className="page org-page">
      <RoleGate allow={canOrganize}>
        <EditEvent id={params.id} />
      </RoleGate>
    </PageRoot>
  );
}

/** A new event starts from a blank form; an existing one is read first. */
function EditEvent({ id }: { id?: string }) {
  const stored = useRequest(() => fetchEvent(id ?? ''), [id], { enabled: Boolean(id) });
  useEffect(() => {
    if (id) Taro.setNavigationBarTitle({ title: '编辑活动' }).catch(() => undefined);
  }, [id]);

  if (!id) return <EventForm />;
  if (stored.state === 'error') return <StateView kind="error" text={stored.error ?? undefined} />;
  if (!stored.data) return <StateView kind="loading" text="正在加载活动…" />;
  return <EventForm id={id} stored={stored.data} />;
}

/** What a save compares against, so only the fields the organiser changed are sent. */
function originalOf(stored: Event): EventCreate | null {
  const parsed = toEventCreate(formFromEvent(stored));
  return 'data' in parsed ? parsed.data : null;
}

function EventForm({ id, stored }: { id?: string; stored?: Event }) {
  const [values, setValues] = useState<FormValues>(() => (stored ? formFromEvent(stored) : blankForm()));
  const [original] = useState(() => (stored ? originalOf(stored) : null));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  const set =
    <K extends keyof FormValues>(key: K) =>
    (value: FormValues[K]) =>
      setValues({ ...values, [key]: value });
  const setTime = (field: (typeof timeFields)[number]) => (value: { date: string; time: string }) =>
    setValues({ ...values, times: { ...values.times, [field]: value } });

  const chooseLocation = async () => {
    try {
      const place = await Taro.chooseLocation({});
      setValues({
        ...values,
        lat: String(place.latitude),
        lng: String(place.longitude),
        address: values.address || place.address,
        venueName: values.venueName || place.name,
      });
    } catch {
      // Closed the map: keep what was there.
    }
  };

  const save = async () => {
    const result = toEventCreate(values);
    if ('errors' in result) {
      setErrors(result.errors);
      void Taro.showToast({ title: '请按提示修改标红的项', icon: 'none', duration: 2500 });
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      if (id) {
        const patch = original ? changedFields(original, result.data) : result.data;
        if (Object.keys(patch).length) await updateEvent(id, patch);
        toastSuccess('已保存');
        void Taro.navigateBack();
      } else {
        const created = await createEvent(result.data);
        toastSuccess('已保存为草稿');
        replacePage('organizerManage', { id: created.id });
      }
    } catch (e) {
      // 422 names the fields; everything else (e.g. CAPACITY_BELOW_CONFIRMED) is shown as is.
      const issues =
        e instanceof ApiError
          ? (e.details?.issues as Array<{ path: string; message: string }> | undefined)
          : undefined;
      const next: FieldErrors = { form: errorMessage(e) };
      for (const issue of issues ?? []) next[issue.path.split('.')[0] as keyof FieldErrors] ??= issue.message;
      setErrors(next);
    } finally {
      setBusy(false);
    }
  };

  return (
    <View>
      <View className="card">
        <Text className="card-title">基本信息</Text>
        <TextField
          label="活动标题"
          value={values.title}
          onChange={set('title')}
          error={errors.title}
          maxlength={60}
          placeholder="例如：2026年石嘴山市科技活动周开幕式"
        />
        <SelectField
          label="活动类别"
          value={values.category}
          options={eventCategories.map((value) => ({ value, text: eventCategoryNames[value] }))}
          onChange={set('category')}
          error={errors.category}
        />
        <LongTextField
          label="活动介绍"
          value={values.description}
          onChange={set('description')}
          error={errors.description}
          placeholder="活动内容、适合人群、注意事项等"
        />
        <TextField
          label="封面图片地址（可选）"
          value={values.coverUrl}
          onChange={set('coverUrl')}
          error={errors.coverUrl}
          maxlength={500}
          placeholder="https://"
        />
      </View>

      <View className="card">
        <Text className="card-title">地点</Text>
        <SelectField
          label="所在区县"
          value={values.district}
          options={districtCodes.map((value) => ({ value, text: districtNames[value] }))}
          onChange={set('district')}
          error={errors.district}
        />
        <TextField
          label="场馆名称（可选）"
          value={values.venueName}
          onChange={set('venueName')}
          error={errors.venueName}
          maxlength={60}
          placeholder="例如：石嘴山科技馆"
        />
        <TextField
          label="详细地址"
          value={values.address}
          onChange={set('address')}
          error={errors.address}
          maxlength={200}
        />
        {process.env.TARO_ENV === 'weapp' && (
          <Button className="btn btn-secondary" onClick={() => void chooseLocation()}>
            {values.lat ? '重新在地图上选择位置' : '在地图上选择位置（可选）'}
          </Button>
        )}
        <View className="ef-pair">
          <TextField
            label="纬度（可选）"
            type="digit"
            value={values.lat}
            onChange={set('lat')}
            error={errors.lat ?? errors.location}
            maxlength={12}
          />
          <TextField
            label="经度（可选）"
            type="digit"
            value={values.lng}
            onChange={set('lng')}
            error={errors.lng}
            maxlength={12}
          />
        </View>
        <Text className="hint">填写位置后，市民可在活动页一键导航。</Text>
      </View>

      <View className="card">
        <Text className="card-title">时间</Text>
        {timeFields.map((field) => (
          <DateTimeField
            key={field}
            label={timeFieldNames[field]}
            value={values.times[field]}
            onChange={setTime(field)}
            error={errors[field]}
          />
        ))}
        <Text className="hint">均为北京时间。报名截止不能晚于活动结束。</Text>
      </View>

      <View className="card">
        <Text className="card-title">名额</Text>
        <TextField
          label="名额（人）"
          type="number"
          value={values.capacity}
          onChange={set('capacity')}
          error={errors.capacity}
          maxlength={6}
          hint="按到场人数计，一位家长带两个孩子占 3 个名额。"
        />
        <TextField
          label="候补上限（人）"
          type="number"
          value={values.waitlistLimit}
          onChange={set('waitlistLimit')}
          error={errors.waitlistLimit}
          maxlength={5}
          hint="填 0 表示不设候补。"
        />
        <TextField
          label="每单最多人数"
          type="number"
          value={values.maxPartySize}
          onChange={set('maxPartySize')}
          error={errors.maxPartySize}
          maxlength={2}
          hint="1 到 10 人。"
        />
      </View>

      {errors.form && <Text className="error-text ef-form-error">{errors.form}</Text>}
      <BusyButton busy={busy} busyText="正在保存…" onClick={() => void save()}>
        {id ? '保存修改' : '保存为草稿'}
      </BusyButton>
      {!id && <Text className="hint">保存后在活动管理页发布，市民才能看到。</Text>}
    </View>
  );
}

/** Wording the templates derive: the 发文字号 form, 经审查 said once, how a letter addresses the receiving body. */
import { getDocumentProxy } from 'unpdf'
import { describe, expect, it } from 'vitest'
import { renderPdf } from '../../../electron/main/pdf'
import { standardDocNumber } from '../../../electron/main/pdf/layout'
import { withoutReviewLead, withReviewLead } from '../../../electron/main/pdf/templates/common'
import { organAddress } from '../../../electron/main/pdf/templates/official-letter'
import type { OfficialLetterVm } from '../../../electron/main/pdf/view-models'
import * as fx from './fixtures'
import { squashedText } from './helpers'

describe('发文字号 (GB/T 9704 §7.2.4)', () => {
  it('is written 〔2026〕1号: no 第, no leading zeros, 六角括号', () => {
    expect(standardDocNumber('南法援决〔2026〕第0012号')).toBe('南法援决〔2026〕12号')
    expect(standardDocNumber('南法援决〔2026〕0001号')).toBe('南法援决〔2026〕1号')
    expect(standardDocNumber('南法援决[2026]12号')).toBe('南法援决〔2026〕12号')
    expect(standardDocNumber('南法援决［2026］第3号给予法律援助决定书')).toBe('南法援决〔2026〕3号给予法律援助决定书')
    expect(standardDocNumber('南法援决〔2026〕100号')).toBe('南法援决〔2026〕100号')
    // Case numbers keep their own form.
    expect(standardDocNumber('（2026）桂0103刑初217号')).toBe('（2026）桂0103刑初217号')
    expect(standardDocNumber('（2026）南法援民字第0031号')).toBe('（2026）南法援民字第0031号')
  })

  it('prints in the standard form even when the caller passes an old-style number', async () => {
    const vm = {
      ...fx.terminationDecision,
      docNumber: '南法援终〔2026〕第0002号',
      grantDecision: { docNumber: '南法援决〔2026〕第0006号', issuedOn: fx.d('2026-02-20') },
    }
    const result = await renderPdf(vm)
    const text = await squashedText(result.pdf)
    expect(text).toContain('南法援终〔2026〕2号')
    expect(text).toContain('作出南法援决〔2026〕6号给予法律援助决定书')
    expect(text).not.toMatch(/〔2026〕第/)
    expect(text).toContain('（2026）南法援民字第0019号') // the case number is not a 发文字号
    const info = (await (await getDocumentProxy(new Uint8Array(result.pdf))).getMetadata()).info as Record<string, unknown>
    expect(info.Title).toBe('终止法律援助决定书 南法援终〔2026〕2号')

    const notice = await renderPdf({ ...fx.assignmentNotice, sourceRef: '本中心南法援决〔2026〕第0012号给予法律援助决定书' })
    expect(await squashedText(notice.pdf)).toContain('根据本中心南法援决〔2026〕12号给予法律援助决定书')
  })
})

describe('经审查 is said once', () => {
  it('keeps the opening the reviewer wrote, or adds one', () => {
    expect(withReviewLead('经审查，', '你的家庭人均月收入低于标准')).toBe('经审查，你的家庭人均月收入低于标准')
    expect(withReviewLead('经审查，', '经审查，你的家庭人均月收入低于标准')).toBe('经审查，你的家庭人均月收入低于标准')
    expect(withReviewLead('经审查，', '经审查,你的家庭人均月收入低于标准')).toBe('经审查，你的家庭人均月收入低于标准')
    expect(withReviewLead('经审查，', '经审查你的家庭人均月收入低于标准')).toBe('经审查，你的家庭人均月收入低于标准')
    expect(withReviewLead('经审查，', '经查明，你的家庭人均月收入低于标准')).toBe('经查明，你的家庭人均月收入低于标准')
    expect(withReviewLead('经查，', '经查，你已自行委托律师')).toBe('经查，你已自行委托律师')
    expect(withReviewLead('经审查，', '经审查认为，申请事项属于法律援助范围')).toBe('经审查认为，申请事项属于法律援助范围')
    expect(withoutReviewLead('经审查，你申请的事项不属于法律援助范围')).toBe('你申请的事项不属于法律援助范围')
    expect(withoutReviewLead('经济困难')).toBe('经济困难') // 经济 is not 经查
  })

  it('in the grant decision, the refusal and the termination', async () => {
    const grant = await squashedText((await renderPdf({ ...fx.grantDecision, findings: '经审查，你的家庭人均月收入低于南宁市最低工资标准' })).pdf)
    expect(grant).toContain('经审查，你的家庭人均月收入低于南宁市最低工资标准')
    expect(grant).not.toContain('经审查，经审查')

    const one = await squashedText((await renderPdf({ ...fx.refusalDecision, reasons: ['经审查，你申请的事项不属于法律援助范围'] })).pdf)
    expect(one).toContain('），经审查，你申请的事项不属于法律援助范围。')
    expect(one).not.toContain('经审查，经审查')
    const many = await squashedText((await renderPdf({ ...fx.refusalDecision, reasons: ['经审查，你申请的事项不属于法律援助范围', '经查，你的收入高于标准'] })).pdf)
    expect(many).toContain('经审查，存在以下情形：1.你申请的事项不属于法律援助范围；2.你的收入高于标准。')

    const termination = await squashedText((await renderPdf({ ...fx.terminationDecision, facts: '经查，你已于2026年4月2日自行委托律师' })).pdf)
    expect(termination).toContain('经查，你已于2026年4月2日自行委托律师，属于')
    expect(termination).not.toContain('经查，经查')
  })
})

describe('公函: how the receiving body is addressed', () => {
  it('follows the body named, then its kind', () => {
    const cases: [string, OfficialLetterVm['organKind'] | undefined, string][] = [
      ['南宁市青秀区人民法院', 'court', '你院'],
      ['南宁铁路运输法院', 'court', '你院'],
      ['南宁市青秀区人民法院仙葫人民法庭', 'court', '你庭'],
      ['南宁市青秀区人民检察院', 'procuratorate', '你院'],
      ['南宁市公安局青秀分局', 'police', '你局'],
      ['南宁市公安局', 'police', '你局'],
      ['南宁市公安局青秀分局新竹派出所', 'police', '你所'],
      ['南宁市第一看守所', 'police', '你所'],
      ['南宁市劳动人事争议仲裁委员会', 'court', '你委'], // typed as free text with the wrong kind: the name decides
      ['南宁市劳动人事争议仲裁院', undefined, '你院'],
      ['广西壮族自治区南宁市南宁公证处', undefined, '你处'],
      ['南宁市人力资源和社会保障局', undefined, '你局'],
      ['南宁市卫生健康委员会', undefined, '你委'],
      ['南宁市人民政府办公室', undefined, '你办'],
      ['某某有限公司', 'administrative', '你单位'],
      ['某某有限公司', undefined, '你单位'],
      ['某某人民法院：', 'court', '你院'],
    ]
    for (const [organ, kind, expected] of cases) expect(organAddress(organ, kind), organ).toBe(expected)
    expect(organAddress('南宁市中级人民法院', 'court', '贵院')).toBe('贵院') // the clerk's own short form wins
  })

  it('prints the address in the letter', async () => {
    const vm: OfficialLetterVm = {
      ...fx.officialLetter,
      organ: '南宁市劳动人事争议仲裁委员会',
      organKind: 'court',
      source: { kind: 'notification', receivedOn: fx.d('2026-03-02'), noticeTitle: '提供法律援助通知书', noticeRef: '南劳人仲通〔2026〕5号' },
      organCaseNo: '南劳人仲案字〔2026〕88号',
      recipient: { name: '韦秀兰', role: '申请人' },
      caseName: '劳动争议',
      counselRole: '代理人',
    }
    const text = await squashedText((await renderPdf(vm)).pdf)
    expect(text).toContain('南宁市劳动人事争议仲裁委员会：')
    expect(text).toContain('收到你委南劳人仲通〔2026〕5号《提供法律援助通知书》')
    expect(text).toContain('担任你委南劳人仲案字〔2026〕88号申请人韦秀兰劳动争议一案的代理人')
    expect(text).not.toContain('你院')
  })
})

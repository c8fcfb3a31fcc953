-- ThreeRings schema 17: the knowledge base is the hotline's to keep: categories, retired entries, and the
-- handbook's rules every agent needs at hand.
--
-- An entry has a category (三包, 消费者权益保护法, a product …) and can be retired: it stays in the trail of who
-- changed what and is found no more. The 三包 rules and the consumer-law points of the service handbook (000
-- §5, §6) ship as entries in our own words; their ids are fixed, so every console of a team holds the same
-- entries and an admin's correction of one reaches all.
ALTER TABLE kb_entries ADD COLUMN category TEXT NOT NULL DEFAULT '';
ALTER TABLE kb_entries ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
INSERT OR IGNORE INTO kb_entries (id, kind, category, title, body, tags, language, created_at, updated_at) VALUES
    ('shipped-kb-sanbao-7days', 'solution', '三包', '三包：售出7日内出现性能故障', '产品售出之日起7日内发生性能故障，消费者可以选择退货、换货或者修理。先确认购买日期（以发票为准）和故障现象，再按用户的选择登记。', '三包 退货 换货 修理 7天 七日 性能故障', 'zh_CN', 1764547200000, 1764547200000),
    ('shipped-kb-sanbao-15days', 'solution', '三包', '三包：售出15日内出现性能故障', '产品售出之日起15日内发生性能故障，消费者可以选择换货或者修理（不再包括退货）。', '三包 换货 修理 15天 十五日 性能故障', 'zh_CN', 1764547200000, 1764547200000),
    ('shipped-kb-sanbao-twice', 'solution', '三包', '三包：有效期内修理两次仍不能正常使用', '在三包有效期内，修理两次后仍不能正常使用的，消费者可以选择更换或者退货；视使用情况可能收取折旧费。查看该设备的维修记录，确认已修次数。', '三包 两次 修理 更换 退货 折旧 多次维修', 'zh_CN', 1764547200000, 1764547200000),
    ('shipped-kb-sanbao-parts', 'solution', '三包', '三包：缺少备件或修理超期', '三包有效期内，因生产者未提供备件，自送修之日起超过90日仍未修好的，应当为消费者更换；因修理者自身原因使修理期超过30日的，也应当为消费者更换。', '三包 备件 配件 90天 30天 超期 更换', 'zh_CN', 1764547200000, 1764547200000),
    ('shipped-kb-sanbao-period', 'solution', '三包', '三包：修理后的保证与有效期的计算', '修理后的产品应保证正常使用30日以上。三包有效期自开具发票之日起计算，扣除修理占用的时间；换机产品的三包有效期自换机之日起重新计算。', '三包 有效期 发票 保修期 换机 修理后', 'zh_CN', 1764547200000, 1764547200000),
    ('shipped-kb-sanbao-scope', 'solution', '三包', '三包：哪些商品适用', '三包即包修、包换、包退。只有列入国家三包规定目录的商品（彩电、冰箱、洗衣机、吸油烟机、空调等，手机和电脑另有规定）才按三包规定办理；目录以外的商品（例如商用空调、展示柜、电热水器、剃须刀、音响）按厂家的承诺办理。以现行规定和本单位政策为准。', '三包 范围 包修 包换 包退 目录 厂家承诺', 'zh_CN', 1764547200000, 1764547200000),
    ('shipped-kb-consumer-scope', 'solution', '消费者权益保护法', '消法：适用范围与解决纠纷的途径', '消费者为生活消费需要购买、使用商品或者接受服务，其权益受《消费者权益保护法》保护；经营者与经营者之间的纠纷不适用。发生消费纠纷，可以：与经营者协商和解；请求消费者协会调解；向有关行政部门投诉；根据仲裁协议提请仲裁；向人民法院提起诉讼。', '消法 消费者权益保护法 纠纷 投诉 调解 仲裁 诉讼', 'zh_CN', 1764547200000, 1764547200000),
    ('shipped-kb-consumer-fraud', 'solution', '消费者权益保护法', '消法：什么情况下加倍赔偿', '经营者提供商品或者服务有欺诈行为的，应当按照消费者的要求增加赔偿。欺诈的主要特征是假冒伪劣；开箱发现产品不合格与欺诈是完全不同的概念，不要当场承诺赔偿，记录后转交相关部门核实。手册按1993年版写作“一倍”；2013年修正后（2014年3月15日起施行）为商品价款或服务费用的三倍，不足五百元的按五百元。', '消法 欺诈 加倍赔偿 双倍 三倍 假冒伪劣 开箱不合格', 'zh_CN', 1764547200000, 1764547200000),
    ('shipped-kb-consumer-damages', 'solution', '消费者权益保护法', '消法：精神赔偿与误工费', '经营者侵害消费者人格尊严或者人身自由的，应当停止侵害、恢复名誉、消除影响、赔礼道歉，并赔偿损失；不涉及人格尊严或人身自由的，不存在精神赔偿。造成消费者人身伤害的，应当支付医疗费、护理费和因误工减少的收入等费用；正常服务所需的时间不构成人身伤害，不存在误工费。', '消法 精神赔偿 误工费 人身伤害 人格尊严', 'zh_CN', 1764547200000, 1764547200000);

#include "core/demo/DemoVocabulary.h"

#include "core/model/PhoneNumber.h"

#include <QUuid>
#include <array>

namespace threerings::demo {

namespace {

template <typename T, std::size_t N> QString from(QRandomGenerator& rng, const std::array<T, N>& list)
{
    return QString::fromUtf8(list[rng.bounded(int(N))]);
}

constexpr std::array surnames{"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴",   "周",  "徐",
                              "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗",   "郑",  "梁",
                              "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭",   "曾",  "肖",
                              "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜",   "叶",  "程",
                              "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "欧阳", "司马"};
constexpr std::array givenChars{"伟", "芳", "娜", "秀", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳",
                                "杰", "娟", "涛", "明", "超", "霞", "平", "刚", "桂", "英", "华", "玉", "萍",
                                "红", "建", "国", "文", "辉", "鹏", "宇", "浩", "晨", "欣", "怡", "子", "梓",
                                "涵", "轩", "博", "嘉", "思", "雨", "婷", "峰", "斌", "凯", "琳", "颖", "昊"};
constexpr std::array mobilePrefixes{"130", "131", "132", "133", "135", "136", "137", "138", "139",
                                    "150", "151", "152", "153", "155", "156", "157", "158", "159",
                                    "166", "170", "176", "177", "178", "180", "181", "182", "183",
                                    "185", "186", "187", "188", "189", "191", "195", "198", "199"};
constexpr std::array roads{"中山路", "人民路", "解放路", "建设路", "香港中路", "和平路", "长江路", "黄河路",
                           "文化路", "新华路", "胜利路", "朝阳路", "光明路",   "青年路", "海尔路", "东风路"};
constexpr std::array banks{"中国工商银行", "中国农业银行",     "中国银行",     "中国建设银行", "交通银行",
                           "招商银行",     "中国邮政储蓄银行", "农村商业银行", "城市商业银行"};
constexpr std::array otherUnits{"市第一人民医院", "供电公司营业厅", "自来水公司", "燃气公司", "中心医院",
                                "火车站售票处",   "市政务服务中心", "第二中学",   "客运中心", "联通营业厅"};
constexpr std::array products{"ATM", "ATM", "ATM", "APM", "APM", "安防", "车载机", "自助缴费机"};
constexpr std::array atmModels{"GRG H22N", "GRG H68N", "CRS-6040", "YT-5700", "NCR 6622", "Hyosung 8600"};
constexpr std::array apmModels{"APM-300", "APM-520", "KJ-810"};
constexpr std::array securityModels{"DS-7816N", "DS-2CD3T", "NVR-3216", "报警主机 AS-200"};
constexpr std::array carModels{"CZ-600", "CZ-880"};
constexpr std::array payModels{"ZZ-2100", "ZZ-3300"};
constexpr std::array atmFaults{"吞卡,客户卡片无法退出", "出钞模块卡钞",      "密码键盘按键无响应",
                               "凭条打印机不出纸",      "屏幕黑屏,无法开机", "存款模块识别率低,频繁退钞",
                               "读卡器报错 E12",        "通讯中断,交易超时", "钞箱无法识别",
                               "开机自检不通过"};
constexpr std::array apmFaults{"缴费后不出凭条", "触摸屏定位不准", "纸币识别器拒收新版纸币",
                               "无法连接后台,显示网络异常", "扫码枪无法扫码"};
constexpr std::array securityFaults{"监控画面丢失三路", "录像机硬盘报警", "报警主机误报", "摄像头夜视不清",
                                    "门禁无法刷卡"};
constexpr std::array genericFaults{"设备频繁死机", "开机后报错无法进入系统", "电源指示灯不亮",
                                   "运行时噪音很大", "软件升级后功能异常"};
constexpr std::array advices{"指导用户断电重启,设备恢复正常",    "指导用户清理读卡器并重新校准",
                             "指导用户更换凭条纸并复位打印模块", "远程检查网络配置,重新连接后恢复",
                             "告知用户按说明书步骤重新设置参数", "请用户测试后24小时内回复结果"};
constexpr std::array plans{"安排网点工程师明日上门检修", "更换故障模块,备件从中心库调拨",
                           "远程诊断后安排工程师现场处理", "联系厂家技术支持,协同处理"};
constexpr std::array results{"已更换读卡器,测试正常", "已清理钞道并校准,运行正常", "已更换硬盘,录像恢复",
                             "已升级固件,故障排除", "已更换电源模块,设备正常开机"};
constexpr std::array goodWords{"机器运行正常了,谢谢你们", "挺好的,工程师很负责", "修好了,没有再出问题",
                               "正常使用了,工程师来得很快"};
constexpr std::array badWords{"还是老样子,又吞卡了", "修完第二天又坏了", "有时候还会死机,不太稳定"};
constexpr std::array evaluations{"满意", "满意", "很满意", "基本满意", "一般", "不满意"};
constexpr std::array complaintMatters{"工程师上门迟到两个小时", "维修后故障反复出现,多次报修",
                                      "热线等待时间太长", "工程师服务态度差", "配件等待时间过长,影响营业"};
constexpr std::array faultLevels{"A", "B", "B", "C", "C", "C"};

constexpr City cityList[] = {
    {"北京", "北京", "10", {"朝阳区", "海淀区", "西城区", "丰台区"}},
    {"上海", "上海", "21", {"浦东新区", "徐汇区", "静安区", "闵行区"}},
    {"广州", "广东", "20", {"天河区", "越秀区", "海珠区", "白云区"}},
    {"深圳", "广东", "755", {"南山区", "福田区", "罗湖区", "宝安区"}},
    {"青岛", "山东", "532", {"市南区", "市北区", "崂山区", "黄岛区"}},
    {"济南", "山东", "531", {"历下区", "市中区", "槐荫区", "天桥区"}},
    {"郑州", "河南", "371", {"金水区", "二七区", "中原区", "管城区"}},
    {"安阳", "河南", "372", {"文峰区", "北关区", "殷都区", "龙安区"}},
    {"武汉", "湖北", "27", {"江汉区", "武昌区", "洪山区", "汉阳区"}},
    {"成都", "四川", "28", {"锦江区", "青羊区", "武侯区", "成华区"}},
    {"重庆", "重庆", "23", {"渝中区", "江北区", "南岸区", "沙坪坝区"}},
    {"西安", "陕西", "29", {"雁塔区", "碑林区", "新城区", "未央区"}},
    {"南京", "江苏", "25", {"玄武区", "鼓楼区", "秦淮区", "建邺区"}},
    {"无锡", "江苏", "510", {"梁溪区", "滨湖区", "新吴区", "锡山区"}},
    {"杭州", "浙江", "571", {"西湖区", "上城区", "拱墅区", "滨江区"}},
    {"宁波", "浙江", "574", {"海曙区", "江北区", "鄞州区", "北仑区"}},
    {"合肥", "安徽", "551", {"蜀山区", "庐阳区", "包河区", "瑶海区"}},
    {"福州", "福建", "591", {"鼓楼区", "台江区", "仓山区", "晋安区"}},
    {"厦门", "福建", "592", {"思明区", "湖里区", "集美区", "海沧区"}},
    {"长沙", "湖南", "731", {"岳麓区", "芙蓉区", "天心区", "开福区"}},
    {"南昌", "江西", "791", {"东湖区", "西湖区", "青山湖区", "红谷滩区"}},
    {"沈阳", "辽宁", "24", {"和平区", "沈河区", "皇姑区", "铁西区"}},
    {"大连", "辽宁", "411", {"中山区", "西岗区", "沙河口区", "甘井子区"}},
    {"哈尔滨", "黑龙江", "451", {"南岗区", "道里区", "道外区", "香坊区"}},
    {"长春", "吉林", "431", {"朝阳区", "南关区", "宽城区", "绿园区"}},
    {"天津", "天津", "22", {"和平区", "河西区", "南开区", "河东区"}},
    {"石家庄", "河北", "311", {"长安区", "桥西区", "新华区", "裕华区"}},
    {"太原", "山西", "351", {"小店区", "迎泽区", "杏花岭区", "万柏林区"}},
    {"呼和浩特", "内蒙古", "471", {"新城区", "回民区", "玉泉区", "赛罕区"}},
    {"昆明", "云南", "871", {"五华区", "盘龙区", "官渡区", "西山区"}},
    {"贵阳", "贵州", "851", {"南明区", "云岩区", "花溪区", "观山湖区"}},
    {"南宁", "广西", "771", {"青秀区", "兴宁区", "江南区", "西乡塘区"}},
    {"海口", "海南", "898", {"龙华区", "美兰区", "秀英区", "琼山区"}},
    {"兰州", "甘肃", "931", {"城关区", "七里河区", "西固区", "安宁区"}},
    {"乌鲁木齐", "新疆", "991", {"天山区", "沙依巴克区", "新市区", "水磨沟区"}},
    {"银川", "宁夏", "951", {"兴庆区", "金凤区", "西夏区", "永宁县"}},
    {"西宁", "青海", "971", {"城东区", "城中区", "城西区", "城北区"}},
    {"拉萨", "西藏", "891", {"城关区", "堆龙德庆区", "达孜区", "曲水县"}},
    {"烟台", "山东", "535", {"芝罘区", "莱山区", "福山区", "牟平区"}},
    {"苏州", "江苏", "512", {"姑苏区", "吴中区", "相城区", "虎丘区"}},
};

} // namespace

const City* DemoVocabulary::cities(int* count)
{
    *count = int(std::size(cityList));
    return cityList;
}

const City& DemoVocabulary::city()
{
    return cityList[pick(int(std::size(cityList)))];
}

QString DemoVocabulary::personName()
{
    QString name = from(m_rng, surnames) + from(m_rng, givenChars);
    if (chance(0.7))
        name += from(m_rng, givenChars);
    return name;
}

QString DemoVocabulary::mobile()
{
    return QStringLiteral("+86") + from(m_rng, mobilePrefixes) +
           QStringLiteral("%1").arg(m_rng.bounded(100000000), 8, 10, QLatin1Char('0'));
}

QString DemoVocabulary::landline(const City& c)
{
    // Local numbers have seven or eight digits depending on the city; libphonenumber knows which.
    const QString area = QString::fromLatin1(c.areaCode);
    for (;;) {
        const int digits = pick(2) == 0 ? 8 : 7;
        QString local = QString::number(2 + pick(7));
        for (int i = 1; i < digits; ++i)
            local += QLatin1Char(char('0' + pick(10)));
        const QString number = QStringLiteral("+86") + area + local;
        if (PhoneNumber::normalize(number).ok())
            return number;
    }
}

QString DemoVocabulary::address(const City& c)
{
    return QString::fromUtf8(c.name) + QStringLiteral("市") + QString::fromUtf8(c.districts[pick(4)]) +
           from(m_rng, roads) + QString::number(1 + pick(300)) + QStringLiteral("号");
}

QString DemoVocabulary::unit(const City& c)
{
    if (chance(0.15))
        return {};
    if (chance(0.75))
        return from(m_rng, banks) + QString::fromUtf8(c.name) + QStringLiteral("分行") +
               QString::fromUtf8(c.districts[pick(4)]).left(2) + QStringLiteral("支行");
    return QString::fromUtf8(c.name) + from(m_rng, otherUnits);
}

QString DemoVocabulary::product()
{
    return from(m_rng, products);
}

QString DemoVocabulary::model(const QString& p)
{
    if (p == QLatin1String("ATM"))
        return from(m_rng, atmModels);
    if (p == QLatin1String("APM"))
        return from(m_rng, apmModels);
    if (p == QStringLiteral("安防"))
        return from(m_rng, securityModels);
    if (p == QStringLiteral("车载机"))
        return from(m_rng, carModels);
    return from(m_rng, payModels);
}

QString DemoVocabulary::serial(const QString& p, int n)
{
    const QString prefix = p == QLatin1String("ATM")   ? QStringLiteral("ATM")
                           : p == QLatin1String("APM") ? QStringLiteral("APM")
                                                       : QStringLiteral("DEV");
    return QStringLiteral("%1-%2-%3").arg(prefix).arg(2018 + pick(8)).arg(n, 7, 10, QLatin1Char('0'));
}

QString DemoVocabulary::fault(const QString& p)
{
    if (p == QLatin1String("ATM"))
        return from(m_rng, atmFaults);
    if (p == QLatin1String("APM") || p == QStringLiteral("自助缴费机"))
        return from(m_rng, apmFaults);
    if (p == QStringLiteral("安防"))
        return from(m_rng, securityFaults);
    return from(m_rng, genericFaults);
}

QString DemoVocabulary::advice(const QString&)
{
    return from(m_rng, advices);
}

QString DemoVocabulary::plan()
{
    return from(m_rng, plans);
}

QString DemoVocabulary::result()
{
    return from(m_rng, results);
}

QString DemoVocabulary::customerWords(bool working)
{
    return working ? from(m_rng, goodWords) : from(m_rng, badWords);
}

QString DemoVocabulary::evaluation()
{
    return from(m_rng, evaluations);
}

QString DemoVocabulary::complaintMatter()
{
    return from(m_rng, complaintMatters);
}

QString DemoVocabulary::faultLevel()
{
    return from(m_rng, faultLevels);
}

QString DemoVocabulary::uuid()
{
    QByteArray b(16, Qt::Uninitialized);
    const quint64 hi = m_rng.generate64();
    const quint64 lo = m_rng.generate64();
    for (int i = 0; i < 8; ++i) {
        b[i] = char(quint8(hi >> (8 * i)));
        b[8 + i] = char(quint8(lo >> (8 * i)));
    }
    b[6] = char((quint8(b[6]) & 0x0f) | 0x40); // version 4
    b[8] = char((quint8(b[8]) & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(b).toString(QUuid::WithoutBraces);
}

} // namespace threerings::demo

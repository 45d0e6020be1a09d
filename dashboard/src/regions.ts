/**
 * Names of the prefecture-level divisions (GB/T 2260) of the four provinces, and Shaoguan's districts
 * and counties, for labelling city codes. A code not listed is shown as the code itself.
 */
export const CITY_NAMES: Record<string, [string, string]> = {
  '210100': ['沈阳市', 'Shenyang'], '210200': ['大连市', 'Dalian'], '210300': ['鞍山市', 'Anshan'], '210400': ['抚顺市', 'Fushun'],
  '210500': ['本溪市', 'Benxi'], '210600': ['丹东市', 'Dandong'], '210700': ['锦州市', 'Jinzhou'], '210800': ['营口市', 'Yingkou'],
  '210900': ['阜新市', 'Fuxin'], '211000': ['辽阳市', 'Liaoyang'], '211100': ['盘锦市', 'Panjin'], '211200': ['铁岭市', 'Tieling'],
  '211300': ['朝阳市', 'Chaoyang'], '211400': ['葫芦岛市', 'Huludao'],
  '370100': ['济南市', 'Jinan'], '370200': ['青岛市', 'Qingdao'], '370300': ['淄博市', 'Zibo'], '370400': ['枣庄市', 'Zaozhuang'],
  '370500': ['东营市', 'Dongying'], '370600': ['烟台市', 'Yantai'], '370700': ['潍坊市', 'Weifang'], '370800': ['济宁市', 'Jining'],
  '370900': ['泰安市', 'Tai\'an'], '371000': ['威海市', 'Weihai'], '371100': ['日照市', 'Rizhao'], '371300': ['临沂市', 'Linyi'],
  '371400': ['德州市', 'Dezhou'], '371500': ['聊城市', 'Liaocheng'], '371600': ['滨州市', 'Binzhou'], '371700': ['菏泽市', 'Heze'],
  '440200': ['韶关市', 'Shaoguan'], '440203': ['韶关市武江区', 'Wujiang, Shaoguan'], '440204': ['韶关市浈江区', 'Zhenjiang, Shaoguan'],
  '440205': ['韶关市曲江区', 'Qujiang, Shaoguan'], '440222': ['始兴县', 'Shixing'], '440224': ['仁化县', 'Renhua'], '440229': ['翁源县', 'Wengyuan'],
  '440232': ['乳源瑶族自治县', 'Ruyuan'], '440233': ['新丰县', 'Xinfeng'], '440281': ['乐昌市', 'Lechang'], '440282': ['南雄市', 'Nanxiong'],
  '320100': ['南京市', 'Nanjing'], '320200': ['无锡市', 'Wuxi'], '320300': ['徐州市', 'Xuzhou'], '320400': ['常州市', 'Changzhou'],
  '320500': ['苏州市', 'Suzhou'], '320600': ['南通市', 'Nantong'], '320700': ['连云港市', 'Lianyungang'], '320800': ['淮安市', 'Huai\'an'],
  '320900': ['盐城市', 'Yancheng'], '321000': ['扬州市', 'Yangzhou'], '321100': ['镇江市', 'Zhenjiang'], '321200': ['泰州市', 'Taizhou'],
  '321300': ['宿迁市', 'Suqian'],
};

const PROVINCE_PREFIX: Record<string, string> = { LIAONING: '21', SHANDONG: '37', GUANGDONG_SHAOGUAN: '4402', JIANGSU: '32' };

export const citiesOf = (province: string | null): string[] =>
  Object.keys(CITY_NAMES).filter((code) => !province || code.startsWith(PROVINCE_PREFIX[province] ?? '--'));

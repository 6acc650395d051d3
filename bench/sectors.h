/* sectors.h - the walks of life of gencorpus.c's people and organisations.
 *
 * A topic belongs to one sector; a story's people and organisations are
 * drawn from its sector (and from government, which is in every kind of
 * story), so that a coach never opens a budget debate.
 *
 * Roles: "^Foreign Minister" is a national office, written before the name
 * and sometimes after the country ("Kenyan Foreign Minister ..."); a role
 * with no article ("Judge") goes before the name; a role starting with
 * "a", "an" or "the" goes after it, between commas.  '*' becomes "man" or
 * "woman"; @O is the person's organisation.
 *
 * Organisations: {a,b} is a choice, @A the country's adjective, @N its
 * name, @B an invented brand, @W a cause word, @Y a city of the country.
 * A leading '!' means the name takes no "the" (companies, clubs).  A name
 * of three words or more may get its initials as an acronym. */
#ifndef GENCORPUS_SECTORS_H
#define GENCORPUS_SECTORS_H

enum sector {
	S_GOV, S_ECON, S_ENERGY, S_HEALTH, S_JUSTICE, S_SECURITY, S_ENV, S_LABOUR,
	S_TRANSPORT, S_SPORT, S_CULTURE, S_HUMAN, S_TECH, NSECTORS
};

struct sector_row {
	const char *roles, *orgs;
};

static const struct sector_row sector_rows[NSECTORS] = {
	[S_GOV] = {
		"^President|^Prime Minister|^Foreign Minister|^Interior Minister|^Vice President|"
		"^Deputy Prime Minister|^Foreign Minister|^Prime Minister|a government spokes*|"
		"opposition leader|a senior member of @O|the leader of @O|a lawmaker from @O|"
		"a spokes* for @O|^Minister for European Affairs|^Migration Minister",
		"{National,Democratic,Progressive,People's,Liberal,United,Social Democratic,Civic,"
		"Popular,New} {Renewal,Unity,Reform,Justice,Freedom,Solidarity,Progress,Action} "
		"{Party,Alliance,Front,Movement,Congress}|"
		"{National,Democratic,Popular,Patriotic} {Party,Front,Alliance} of @N|"
		"{Liberal,Conservative,Green,Labour,Agrarian} {Party,Union,League}|"
		"@A Electoral Commission|@A Foreign Ministry|@A Interior Ministry|"
		"Council for {Democratic,Constitutional} Reform|@B Institute for Policy Studies|"
		"@W Citizens Forum"},
	[S_ECON] = {
		"^Finance Minister|^Trade Minister|^Economy Minister|central bank governor|"
		"the chief executive of @O|an economist at @O|an analyst at @O|a spokes* for @O|"
		"^Agriculture Minister|the chairman of @O|a senior trade official",
		"!@B {Holdings,Group,Capital,Trading,Industries,Investments}|"
		"National {Grain,Cotton,Coffee,Cocoa,Sugar,Tea} Board|@A Chamber of Commerce|"
		"@A Exporters Association|!@B Investment Bank|@A {Central,Reserve} Bank|"
		"!@B {Mining,Metals,Minerals}|@A Farmers Federation|@Y Stock Exchange|"
		"@A Bankers Association|Institute for @A Economic Research"},
	[S_ENERGY] = {
		"^Energy Minister|^Oil Minister|the chief executive of @O|an energy analyst at @O|"
		"a spokes* for @O|^Mines Minister|the head of @O",
		"!@B {Energy,Petroleum,Power,Solar,Gas,Oil}|@A National Oil Company|"
		"National Power Authority|@A Grid Operator|@Y Electricity Company|"
		"@A Renewable Energy Agency|@A Atomic Energy Commission|!@B Wind"},
	[S_HEALTH] = {
		"^Health Minister|an epidemiologist at @O|the director of @O|a doctor at @O|"
		"a spokes* for @O|a senior health official|the head of @O",
		"@A Institute of Public Health|National Health Service of @N|@A Medicines Agency|"
		"!@B Pharmaceuticals|@W Health Alliance|@W Medical Relief|@A Medical Association|"
		"@Y General Hospital|@A Nurses Council|Centre for Disease Control of @N"},
	[S_JUSTICE] = {
		"Judge|^Justice Minister|^Attorney General|a prosecutor at @O|a lawyer for @O|"
		"defence lawyer|a spokes* for @O|chief prosecutor|a legal expert at @O",
		"@A Bar Association|@Y District Court|@W Legal Defence Fund|"
		"@A Anti-Corruption Commission|@W Press Freedom Centre|@A Human Rights Commission|"
		"@Y Appeals Court|Office of the @A Prosecutor General|@W Rights Watch"},
	[S_SECURITY] = {
		"^Defence Minister|General|Colonel|an army spokes*|the police chief of @Y|"
		"an analyst at @O|a spokes* for @O|Admiral|^National Security Adviser|"
		"a commander of @O",
		"!@B Defence Systems|@A Coast Guard|@W Institute for Strategic Studies|"
		"@B Liberation Front|@A Border Police|@A Armed Forces|@B Security Group|"
		"{Northern,Eastern,Western,Southern} Command|@A Navy|@B Brigade"},
	[S_ENV] = {
		"^Environment Minister|^Agriculture Minister|^Water Minister|a climate scientist at @O|"
		"a spokes* for @O|the director of @O|a researcher at @O|^Fisheries Minister",
		"@W Conservation Trust|National {Water,Forestry,Fisheries,Meteorological} "
		"{Agency,Authority,Service}|@W Climate Institute|@A Farmers Union|"
		"@Y River Basin Authority|@W Wildlife Fund|@A Fishermen's Association|"
		"@A Environmental Protection Agency"},
	[S_LABOUR] = {
		"^Labour Minister|a union leader|the leader of @O|a spokes* for @O|an activist with @O|"
		"a protest organiser|the general secretary of @O",
		"{Harbour,Rail,Teachers,Mine,Transport,Textile,Nurses,Steel,Dock,Bus,Postal} Workers Union|"
		"@A Federation of Trade Unions|@W Citizens Movement|@A Confederation of Labour|"
		"@W Youth Coalition|@A Employers Federation"},
	[S_TRANSPORT] = {
		"^Transport Minister|the director of @O|a shipping analyst at @O|a spokes* for @O|"
		"Captain|the chief executive of @O",
		"!@B {Shipping,Airways,Logistics,Lines,Air,Freight}|@Y Port Authority|@A Railways|"
		"@A Civil Aviation Authority|@A Maritime Administration|@A Shipowners Association|"
		"@Y Airport Company"},
	[S_SPORT] = {
		"coach|captain|striker|^Sports Minister|the president of @O|a spokes* for @O|midfielder|"
		"goalkeeper|the sporting director of @O",
		"!@Y {Rovers,United,Athletic,Wanderers,City}|@A Football Federation|"
		"@A Olympic Committee|@A Athletics Federation|@A Cricket Board|@A Anti-Doping Agency|"
		"@A Tennis Association|!@Y Sporting Club"},
	[S_CULTURE] = {
		"director|novelist|the curator of @O|^Culture Minister|the director of @O|singer|"
		"a spokes* for @O|artist|filmmaker",
		"@Y Film Festival|@A National Museum|@W Arts Foundation|!@B Records|@Y Theatre Company|"
		"@A Heritage Council|!@B Pictures|@Y Philharmonic|@A Writers Union"},
	[S_HUMAN] = {
		"the country director of @O|a spokes* for @O|an aid worker with @O|the head of @O|"
		"the governor of the region|a relief coordinator at @O|^Emergency Minister",
		"@W Relief Foundation|@W Aid International|@W Children's Fund|"
		"@A Disaster Management Agency|@W Refugee Council|@A Red Cross Society|"
		"@W Food Network|@A Civil Protection Agency"},
	[S_TECH] = {
		"^Digital Minister|^Science Minister|the chief executive of @O|a researcher at @O|"
		"a spokes* for @O|a security researcher at @O|the head of @O",
		"!@B {Technologies,Systems,Networks,Telecom,Space,Data,Robotics}|"
		"@A Data Protection Authority|@A Space Agency|@A Cybersecurity Centre|"
		"@W Digital Rights Group|@A Telecommunications Regulator"},
};

#endif

/* topics_world.h - politics, security, courts, disasters, health and the
 * environment (see topics.h for the fields). */
static const struct topic topics_world[] = {
	{"elections", S_GOV,
	 "Presidential Vote|Election Result|Runoff|Vote Count|Opposition Boycott|Ballot Dispute",
	 "the presidential election|the vote count|the runoff|turnout|the electoral roll|"
	 "allegations of vote rigging|the opposition boycott|the preliminary results|the campaign",
	 "accept the result|call for a recount|hold a runoff|publish the full results|"
	 "deploy observers to every province|extend voting hours|challenge the count in court",
	 "voters queued for hours outside polling stations|the electoral commission delayed the count|"
	 "observers reported irregularities in several districts|the opposition claimed victory|"
	 "police fired tear gas at supporters of @O|turnout fell to a record low",
	 "every vote must be counted|the people have spoken and we will respect their choice|"
	 "this election was stolen in broad daylight|we urge all sides to remain calm",
	 "m:# polling stations opened late|M:about # voters were registered|"
	 "%:turnout stood at #|s:# candidates are on the ballot|m:# observers were deployed",
	 "Disputed Count|Observers Weigh In|Runoff Looms|Opposition Cries Foul",
	 "Voters queue at a polling station|Election officials count ballots|"
	 "Supporters of the opposition rally",
	 "the @A presidential election|the @A parliamentary election|the @Y mayoral race"},
	{"coalition", S_GOV,
	 "Coalition Talks|Government Crisis|Confidence Vote|Cabinet Reshuffle|Snap Poll",
	 "the coalition talks|the confidence vote|the cabinet reshuffle|the governing coalition|"
	 "the budget impasse|calls for a snap poll|the junior coalition partner",
	 "form a new government|quit the coalition|survive the confidence vote|reshuffle the cabinet|"
	 "call an early vote|break the deadlock over the budget",
	 "the junior partner walked out of the talks|parliament rejected the budget bill|"
	 "three ministers resigned|the governing coalition lost its majority|"
	 "lawmakers from @O voted against the government",
	 "we will not be part of a government that ignores voters|"
	 "the country needs stability, not more infighting|our patience has run out",
	 "s:# lawmakers voted against the motion|m:# protesters gathered outside parliament|"
	 "%:support for the coalition fell to #",
	 "Deadlock Deepens|Ministers Quit|What Comes Next",
	 "Lawmakers attend a session of parliament|The prime minister leaves a cabinet meeting",
	 "the @A coalition crisis|the @A confidence vote"},
	{"ceasefire", S_GOV,
	 "Ceasefire Talks|Truce|Peace Deal|Prisoner Swap|Humanitarian Pause",
	 "the ceasefire|the peace talks|the prisoner exchange|the truce|the humanitarian corridor|"
	 "the withdrawal of forces|the draft peace agreement|violations of the truce",
	 "extend the ceasefire|exchange prisoners|withdraw troops from the front line|"
	 "open a humanitarian corridor|sign the peace agreement|resume the talks in @Y",
	 "mediators from @D shuttled between the delegations|both sides accused each other of "
	 "breaking the truce|shelling resumed near the front line|the talks broke up without agreement|"
	 "the two sides swapped prisoners",
	 "we are closer to peace than ever, but nothing is agreed until everything is agreed|"
	 "the ceasefire must hold|we came here in good faith",
	 "s:# rounds of talks have been held|m:# prisoners were exchanged|"
	 "l:# civilians have fled the fighting|m:# people have been killed in the conflict",
	 "Mediators Step In|Fragile Truce|Sticking Points",
	 "Delegates arrive for peace talks|Mediators speak to the press",
	 "the @Y peace talks|the @A ceasefire"},
	{"migration", S_GOV,
	 "Migration Pact|Asylum Rules|Border Controls|Deportation Flights|Migrant Boats",
	 "the asylum rules|the migration pact|deportation flights|border controls|"
	 "the reception centres|the backlog of asylum claims|the resettlement scheme",
	 "tighten asylum rules|resume deportation flights|share the cost of reception centres|"
	 "speed up asylum claims|reinforce border controls",
	 "a boat carrying migrants capsized off the coast|the government suspended the "
	 "resettlement scheme|rights groups criticised the new rules|lawmakers approved the migration "
	 "bill",
	 "we cannot manage this alone|these people are fleeing war and deserve protection|"
	 "our borders are not open to everyone",
	 "m:# migrants arrived by sea|l:# asylum claims are pending|s:# people drowned|"
	 "$:the scheme will cost #",
	 "Rights Groups Object|Arrivals Rise|A Divided Bloc",
	 "Migrants disembark from a coast guard vessel|Asylum seekers wait outside a reception centre",
	 "the @A asylum law|the @C-@D migration pact"},
	{"sanctions", S_GOV,
	 "Sanctions|Asset Freeze|Export Controls|Travel Ban|Envoy Expelled",
	 "the sanctions|the asset freeze|export controls|the travel ban|the expulsion of diplomats|"
	 "the new package of measures|sanctions evasion",
	 "impose sanctions on @C|freeze the assets of senior officials|expel diplomats|"
	 "widen the travel ban|lift some of the measures|close loopholes in the sanctions",
	 "the foreign ministry summoned the ambassador|@C expelled four diplomats|"
	 "officials froze the assets of several companies|@D retaliated with its own measures",
	 "these measures target those responsible, not ordinary people|"
	 "sanctions have never changed our course|we will respond in kind",
	 "s:# diplomats were ordered to leave|$:assets worth # were frozen|"
	 "m:# companies and individuals were added to the list",
	 "Retaliation Threatened|Loopholes|Wider Measures",
	 "Diplomats leave the embassy|The foreign minister speaks to reporters",
	 "the @C sanctions package|the @D asset freeze"},
	{"border dispute", S_SECURITY,
	 "Border Dispute|Border Clashes|Troop Build-Up|Disputed Frontier|Border Talks",
	 "the border dispute|the disputed frontier|the troop build-up|the border crossing|"
	 "the demarcation of the border|cross-border shelling|the buffer zone",
	 "pull back troops from the border|reopen the crossing|demarcate the frontier|"
	 "set up a joint commission|refer the dispute to international arbitration",
	 "troops exchanged fire near the crossing|@C closed the border to trucks|"
	 "villagers fled their homes|the two armies held talks at the frontier|"
	 "a soldier was killed in a clash",
	 "not one inch of our land will be given away|we want a peaceful solution|"
	 "the provocation will not go unanswered",
	 "m:# troops were massed along the border|s:# soldiers were wounded|"
	 "l:# people live in the disputed area|m:# trucks were stranded at the crossing",
	 "Villagers Caught in the Middle|Talks at the Frontier|History of Disputes",
	 "Soldiers patrol near the border|Trucks wait at the closed crossing",
	 "the @C-@D border dispute|the @Y border crossing"},
	{"arms", S_SECURITY,
	 "Military Drills|Arms Deal|Defence Pact|Naval Exercises|Fighter Jets",
	 "the military exercises|the arms deal|the defence pact|the naval drills|"
	 "the purchase of fighter jets|the missile defence system|defence spending",
	 "hold joint naval exercises|buy fighter jets|sign a defence pact|raise defence spending|"
	 "deploy a missile defence system",
	 "warships from @C and @D sailed through the strait|the ministry signed a contract "
	 "with @O|the drills drew a sharp protest|jets scrambled to intercept the aircraft",
	 "these drills threaten no one|we are sending a clear message|"
	 "we will defend our sovereignty with every means",
	 "s:# warships took part|m:# troops joined the drills|$:the deal is worth #|"
	 "%:defence spending will rise by #",
	 "A Show of Force|Regional Reaction|The Contract",
	 "Warships sail in formation|Soldiers take part in a military exercise",
	 "the @C-@D defence pact|the @O fighter jet contract"},
	{"nuclear", S_SECURITY,
	 "Nuclear Talks|Uranium Enrichment|Inspectors|Missile Test|Atomic Deal",
	 "the nuclear talks|uranium enrichment|the inspections|the missile test|"
	 "the stockpile of enriched uranium|the atomic agreement",
	 "allow inspectors back in|cap uranium enrichment|halt missile tests|"
	 "return to the negotiating table|restore the atomic agreement",
	 "inspectors were denied access to the site|@C test-fired a ballistic missile|"
	 "talks in @Y ended without a breakthrough|the agency reported a rise in the stockpile",
	 "diplomacy is the only way forward|we will not negotiate under pressure|"
	 "the world cannot accept this",
	 "m:the missile flew about # kilometres|s:# inspectors were expelled|"
	 "%:enrichment reached # purity",
	 "Inspectors Shut Out|Diplomatic Push|A Dangerous Escalation",
	 "A missile is launched during a test|Diplomats meet in a hotel conference room",
	 "the @Y nuclear talks|the @A enrichment programme"},
	{"insurgency", S_SECURITY,
	 "Militant Attack|Insurgency|Hostages|Army Offensive|Roadside Bomb",
	 "the insurgency|the army offensive|the attack on the convoy|the hostages|the militants|"
	 "the curfew|the security operation",
	 "launch an offensive against the militants|free the hostages|impose a curfew|"
	 "send reinforcements to the region|open talks with the rebels",
	 "gunmen attacked a convoy on the main road|a roadside bomb killed soldiers|"
	 "@O claimed responsibility for the attack|the army said it had retaken the town",
	 "the terrorists will be hunted down|we are tired of living in fear|"
	 "nobody has told us where our children are",
	 "s:# soldiers were killed|m:# people fled the town|s:# hostages were freed|"
	 "m:# fighters were killed in the offensive",
	 "Fear in the Villages|The Militants|Army Response",
	 "Soldiers guard a checkpoint|Residents inspect a damaged building",
	 "the @Y offensive|the @O insurgency"},
	{"maritime", S_SECURITY,
	 "Maritime Dispute|Coast Guard Standoff|Piracy|Shoal|Fishing Boats",
	 "the maritime dispute|the standoff at sea|the disputed shoal|piracy|"
	 "the coast guard patrols|the exclusive economic zone|water cannon",
	 "step up coast guard patrols|resupply the outpost|escort merchant ships|"
	 "respect the arbitration ruling|free the seized crew",
	 "a coast guard vessel fired water cannon at a supply boat|pirates boarded a tanker|"
	 "@C lodged a diplomatic protest|the navy escorted a convoy of fishing boats",
	 "these waters belong to us|we will not be intimidated|freedom of navigation is not "
	 "negotiable",
	 "s:# crew members were taken hostage|s:# vessels were involved|"
	 "m:the shoal lies about # kilometres off the coast",
	 "Standoff at Sea|Fishermen Fear for Livelihoods|Navies Step In",
	 "A coast guard ship sails near the shoal|Fishermen unload their catch",
	 "the @B Shoal standoff|the @Y piracy case"},
	{"corruption", S_JUSTICE,
	 "Corruption Trial|Graft Case|Bribery Charges|Embezzlement|Verdict",
	 "the corruption trial|the bribery charges|the embezzlement case|the verdict|the plea deal|"
	 "the missing funds|the inquiry into the contracts",
	 "stand trial on bribery charges|freeze the assets of the accused|appeal the verdict|"
	 "reopen the inquiry|return the missing funds",
	 "prosecutors charged a former minister with embezzlement|the judge adjourned the trial|"
	 "investigators raided the offices of @O|the defendant pleaded not guilty",
	 "my client is innocent and will be cleared|nobody is above the law|"
	 "this is a political trial",
	 "$:prosecutors say # went missing|s:# officials were charged|m:# documents were seized|"
	 "s:the accused faces # counts of fraud",
	 "The Charges|In Court|A Wider Inquiry",
	 "The defendant arrives at court|Supporters wait outside the courthouse",
	 "the @P corruption trial|the @O bribery case"},
	{"court ruling", S_JUSTICE,
	 "Court Ruling|Constitutional Court|Supreme Court|Landmark Ruling|Appeal",
	 "the ruling|the constitutional challenge|the appeal|the judges|the court's decision|"
	 "the disputed law|the hearing",
	 "strike down the law|uphold the ruling|hear the appeal|suspend the decree|"
	 "refer the case to a higher court",
	 "the court struck down the emergency decree|judges heard arguments from both sides|"
	 "the government vowed to comply with the ruling|lawyers for @O filed an appeal",
	 "this ruling restores the rule of law|we respect the court but disagree|"
	 "justice has been done",
	 "s:# judges sat on the panel|s:the court voted # to two|m:the ruling runs to # pages",
	 "The Ruling|Reaction|Next Steps",
	 "Judges enter the courtroom|Lawyers speak outside the court",
	 "the @P case|the @A emergency decree case"},
	{"extradition", S_JUSTICE,
	 "Extradition|Fugitive|Arrest Warrant|Asylum Request|Interpol Notice",
	 "the extradition request|the arrest warrant|the fugitive|the asylum request|"
	 "the extradition hearing|the red notice",
	 "extradite the fugitive|grant asylum|approve the request|issue an arrest warrant|"
	 "hand over the suspect",
	 "police arrested the suspect at the airport|@C formally requested his extradition|"
	 "a court in @Y approved the request|the suspect fled abroad",
	 "he will face justice at home|my client would not get a fair trial|we have followed "
	 "every legal step",
	 "$:he is accused of stealing #|s:he faces # charges|s:the hearing lasted # hours",
	 "The Charges|Legal Battle|Diplomatic Row",
	 "The suspect is escorted by police|Lawyers leave the extradition hearing",
	 "the @P extradition case"},
	{"press freedom", S_JUSTICE,
	 "Journalist Detained|Press Freedom|Media Law|Newspaper Closure|Reporter Freed",
	 "the detention of the journalist|the media law|press freedom|the closure of the "
	 "newspaper|the charges against the reporter|the broadcasting licence",
	 "free the journalist|repeal the media law|restore the broadcasting licence|"
	 "drop the charges|allow foreign reporters in",
	 "police detained a reporter at the airport|the regulator shut down a television station|"
	 "@O condemned the arrest|the court extended the detention of the journalist",
	 "journalism is not a crime|we will keep reporting|the law protects the public from lies",
	 "s:# journalists remain in prison|m:# websites were blocked|s:he faces # charges",
	 "Rights Groups React|The Law|A Pattern of Arrests",
	 "Journalists protest outside the courthouse|A reporter speaks after her release",
	 "the @P detention case|the @A media law"},
	{"floods", S_HUMAN,
	 "Floods|Flash Floods|Heavy Rain|Landslide|Flood Relief",
	 "the floods|the heavy rain|the landslide|the relief effort|the swollen river|"
	 "the evacuation|the damage to crops|emergency shelters",
	 "evacuate low-lying areas|send relief supplies|rebuild the bridges|"
	 "declare a state of emergency|release emergency funds",
	 "the river burst its banks|rescuers pulled survivors from the mud|entire villages were "
	 "cut off|@O flew in food and medicine|roads into the region were washed away",
	 "we lost everything in a few hours|the water came too fast|help is on its way",
	 "m:at least # people were killed|l:# people were displaced|l:# homes were destroyed|"
	 "$:the damage is estimated at #|l:# hectares of crops were flooded",
	 "Rescue Effort|Aid Arrives|Warnings Ignored",
	 "Residents wade through a flooded street|Rescuers carry a survivor to a boat",
	 "the @Y floods|the @A flood relief effort"},
	{"earthquake", S_HUMAN,
	 "Earthquake|Quake|Aftershocks|Rescue Teams|Rubble",
	 "the earthquake|the aftershocks|the rescue teams|the collapsed buildings|the survivors|"
	 "the death toll|the field hospitals",
	 "search the rubble for survivors|send rescue teams|set up field hospitals|"
	 "rebuild the schools|inspect damaged buildings",
	 "the quake struck as families slept|rescuers dug through the rubble|"
	 "aftershocks rattled the region|@O sent a team of rescuers",
	 "we heard voices under the concrete|the whole street collapsed|we need heavy machinery",
	 "m:the death toll rose to #|l:# buildings were damaged|m:# rescuers are at work|"
	 "l:# people are sleeping outdoors",
	 "Race Against Time|Foreign Teams Arrive|Building Codes",
	 "Rescuers search the rubble of a collapsed building|Survivors sit outside their ruined home",
	 "the @Y earthquake"},
	{"refugees", S_HUMAN,
	 "Refugees|Displacement Camps|Aid Convoy|Returnees|Camp Conditions",
	 "the refugee camps|the aid convoys|the displaced families|the return of refugees|"
	 "the funding shortfall|conditions in the camps",
	 "let aid convoys through|fund the camps|resettle the refugees|reopen the schools in the "
	 "camps|guarantee a safe return",
	 "thousands of families crossed the border on foot|the agency cut food rations|"
	 "aid trucks were turned back at a checkpoint|@O opened a new camp near @Y",
	 "we have nothing left to go back to|the world has forgotten these people|"
	 "our children have not been to school",
	 "l:# refugees live in the camps|$:the appeal has received only #|"
	 "%:only # of the appeal has been funded|m:# aid trucks crossed",
	 "Life in the Camps|Funding Gap|No Way Home",
	 "Refugees queue for food at a camp|Children play between tents",
	 "the @Y refugee camps"},
	{"famine", S_HUMAN,
	 "Hunger Crisis|Food Aid|Famine Warning|Malnutrition|Ration Cuts",
	 "the hunger crisis|food aid|the famine warning|malnutrition|the ration cuts|"
	 "food prices|the failed harvest",
	 "scale up food aid|declare a famine|restore the rations|fund the appeal|"
	 "open the roads to aid convoys",
	 "aid agencies warned of famine|the agency halved rations|food prices doubled in the markets|"
	 "@O delivered grain to the worst-hit areas",
	 "children are dying of hunger while the world looks away|"
	 "we are forced to choose who eats|this is a man-made crisis",
	 "M:# people face acute hunger|l:# children are malnourished|$:the appeal seeks #|"
	 "%:food prices rose by #",
	 "Rations Cut|Markets Empty|The Appeal",
	 "Women carry sacks of food aid|A health worker measures a child's arm",
	 "the @A hunger crisis"},
	{"vaccination", S_HEALTH,
	 "Vaccination Campaign|Measles Jabs|Polio Drive|Vaccine Doses|Immunisation",
	 "the vaccination campaign|the measles jabs|the polio drive|vaccine doses|"
	 "vaccine hesitancy|the cold chain|the health workers",
	 "vaccinate every child under five|deliver the vaccine doses|train health workers|"
	 "expand the campaign to rural areas|counter misinformation about vaccines",
	 "health workers went door to door|a shipment of doses arrived at the airport|"
	 "@O launched the campaign in @Y|rumours about the vaccine slowed the drive",
	 "every child deserves to be protected|vaccines save lives, it is that simple|"
	 "we need trust more than we need doses",
	 "M:# children will be vaccinated|l:# health workers were trained|"
	 "%:coverage rose to #|M:# doses were delivered",
	 "Reaching Remote Villages|Misinformation|The Doses",
	 "A health worker vaccinates a child|Mothers wait with their babies at a clinic",
	 "the @A measles campaign|the @O polio drive"},
	{"outbreak", S_HEALTH,
	 "Outbreak|Cholera|Virus Cases|Quarantine|Health Emergency",
	 "the outbreak|the cholera cases|the quarantine|the isolation wards|contact tracing|"
	 "the health emergency|clean water",
	 "contain the outbreak|trace the contacts|declare a health emergency|"
	 "open isolation wards|send medical teams",
	 "health officials confirmed new cases|the hospital in @Y ran out of beds|"
	 "@O sent a rapid response team|schools were closed to slow the spread",
	 "we are racing to contain this|what happens next is critical|"
	 "we do not have enough beds",
	 "m:# cases have been confirmed|s:# people have died|m:# contacts are being traced|"
	 "%:the fatality rate is about #",
	 "Hospitals Stretched|Tracing Contacts|How It Spreads",
	 "Health workers in protective suits|Patients rest in an isolation ward",
	 "the @Y cholera outbreak|the @A virus outbreak"},
	{"health reform", S_HEALTH,
	 "Doctors Strike|Hospital Funding|Health Reform|Waiting Lists|Drug Shortages",
	 "the doctors' strike|hospital funding|the health reform|waiting lists|drug shortages|"
	 "the nursing shortage|private clinics",
	 "raise the pay of junior doctors|cut waiting lists|fund new hospitals|"
	 "end the drug shortages|hire more nurses",
	 "doctors walked out of public hospitals|the ministry unveiled a reform plan|"
	 "patients were turned away|@O warned of a collapse in emergency care",
	 "we are exhausted and underpaid|patients are paying the price|"
	 "this reform will save the health service",
	 "l:# patients are on waiting lists|m:# doctors joined the strike|$:the plan will cost #|"
	 "%:# of posts are vacant",
	 "Patients Wait|Pay Dispute|The Reform",
	 "Doctors protest outside a hospital|Patients wait in a hospital corridor",
	 "the @A doctors' strike|the @A health reform"},
	{"drought", S_ENV,
	 "Drought|Water Rationing|Crop Failure|Dry Wells|Livestock Deaths",
	 "the drought|water rationing|the crop failure|the dry wells|livestock deaths|"
	 "the rainfall|the reservoirs|the boreholes",
	 "ration water in the capital|drill new boreholes|compensate farmers|"
	 "truck water to the villages|declare a national disaster",
	 "the rains failed for a third time in a row|reservoirs fell to record lows|"
	 "herders moved their cattle across the border|@O began trucking water to villages",
	 "our animals are dying one after another|there is no water and no food|"
	 "this drought is the worst we have seen",
	 "M:# people need food aid|l:# head of cattle have died|%:reservoirs are at # of capacity|"
	 "l:# hectares of maize failed",
	 "Herders on the Move|Cities Ration Water|Climate Link",
	 "A herder walks with his cattle across dry land|Women queue for water at a borehole",
	 "the @A drought|the @Y water rationing"},
	{"wildfires", S_ENV,
	 "Wildfires|Forest Fires|Evacuations|Firefighters|Heatwave",
	 "the wildfires|the forest fires|the evacuations|the firefighters|the heatwave|"
	 "the burned area|the water-bombing aircraft",
	 "evacuate the villages|send water-bombing aircraft|contain the fires|"
	 "compensate the victims|ban outdoor burning",
	 "flames tore through pine forests|firefighters battled the blaze for hours|"
	 "@D sent planes to help|residents fled as the fire reached the suburbs",
	 "it was like hell on earth|we saved the houses but the forest is gone|"
	 "the fires are getting worse every time",
	 "l:# hectares have burned|m:# firefighters are battling the fires|"
	 "m:# residents were evacuated|s:# people were killed",
	 "Battling the Blaze|Evacuations|Heat and Wind",
	 "A firefighter battles a blaze|Smoke rises over a hillside",
	 "the @Y wildfires"},
	{"climate", S_ENV,
	 "Climate Talks|Emissions Targets|Climate Finance|Coal Phase-Out|Summit Deal",
	 "the climate talks|the emissions targets|climate finance|the coal phase-out|"
	 "the loss and damage fund|the draft text|carbon markets",
	 "cut emissions faster|phase out coal|pay into the loss and damage fund|"
	 "agree on carbon markets|raise climate finance for poor countries",
	 "negotiators argued over the text until dawn|a group of island states walked out|"
	 "@O published a new emissions report|talks in @Y ran into overtime",
	 "our islands are disappearing|rich countries must pay their share|"
	 "this deal keeps hope alive",
	 "$:rich countries pledged #|%:emissions must fall by #|s:# countries signed the pledge",
	 "Finance Row|Island States|The Text",
	 "Delegates attend a session of the climate talks|Activists protest outside the venue",
	 "the @Y climate summit|the @O climate fund"},
};

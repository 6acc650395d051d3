/* words.h - names, countries and cities for gencorpus.c.
 *
 * Lists are '|'-separated strings, split once at start-up, so that a list
 * of hundreds of names stays a few lines.  People are invented (a given
 * name and a surname of one naming tradition); countries and cities are
 * real, spelt as wire services spell them, so that the gazetteer knows
 * them.  Cities are ASCII because datelines are written in capitals. */
#ifndef GENCORPUS_WORDS_H
#define GENCORPUS_WORDS_H

/* A naming tradition.  family_first: the surname is written first ("Wang
 * Jianguo"), and a later mention is still the surname. */
struct name_group {
	const char *key;
	int family_first;
	const char *male, *female, *surnames;
};

static const struct name_group name_groups[] = {
	{"en", 0,
	 "James|John|Robert|Michael|David|William|Richard|Thomas|Daniel|Matthew|Andrew|Mark|Paul|"
	 "Steven|Kevin|Brian|George|Edward|Peter|Jonathan|Simon|Patrick|Liam|Noah|Ethan|Owen|"
	 "Gareth|Colin|Graham|Neil|Trevor|Marcus",
	 "Mary|Patricia|Jennifer|Linda|Elizabeth|Susan|Sarah|Karen|Emily|Rachel|Laura|Helen|"
	 "Catherine|Rebecca|Hannah|Megan|Claire|Fiona|Joanne|Alison|Natalie|Olivia|Sophie|Amy|"
	 "Grace|Lucy|Victoria|Diane|Heather|Caroline|Abigail|Gemma",
	 "Smith|Johnson|Williams|Brown|Jones|Miller|Davis|Wilson|Anderson|Taylor|Thomas|Moore|"
	 "Jackson|Martin|Thompson|White|Harris|Clark|Lewis|Walker|Hall|Allen|Young|King|Wright|"
	 "Scott|Green|Baker|Adams|Nelson|Carter|Mitchell|Roberts|Turner|Phillips|Campbell|Parker|"
	 "Evans|Edwards|Collins|Stewart|Morris|Murphy|Cook|Rogers|Morgan|Cooper|Reed|Bailey|Bell|"
	 "Kelly|Howard|Ward|Cox|Richardson|Wood|Watson|Brooks|Bennett|Gray|Hughes|Price|Sanders|"
	 "Fletcher|Holloway|Pemberton|Ashworth|Caldwell|Whitaker|Donovan|Brennan|Gallagher"},
	{"es", 0,
	 "Carlos|Jose|Luis|Javier|Miguel|Alejandro|Diego|Fernando|Andres|Ricardo|Pablo|Sergio|"
	 "Jorge|Eduardo|Raul|Gustavo|Mauricio|Rodrigo|Felipe|Hector|Ignacio|Esteban",
	 "Maria|Ana|Lucia|Carmen|Isabel|Sofia|Valentina|Gabriela|Daniela|Paula|Elena|Marta|"
	 "Alejandra|Camila|Veronica|Patricia|Rosa|Beatriz|Ximena|Lorena|Adriana|Natalia",
	 "Garcia|Rodriguez|Martinez|Hernandez|Lopez|Gonzalez|Perez|Sanchez|Ramirez|Torres|Flores|"
	 "Rivera|Gomez|Diaz|Morales|Ortiz|Castillo|Romero|Vargas|Mendoza|Ruiz|Jimenez|Navarro|"
	 "Moreno|Alvarez|Castro|Rojas|Herrera|Medina|Aguilar|Vega|Fuentes|Cabrera|Salazar|"
	 "Guerrero|Paredes|Quintero|Espinoza|Villanueva|Cordero|Arce|Bustamante|Zambrano|Ibarra"},
	{"pt", 0,
	 "Joao|Pedro|Lucas|Gabriel|Rafael|Tiago|Bruno|Andre|Felipe|Rodrigo|Marcelo|Paulo|Luiz|"
	 "Fernando|Ricardo|Antonio|Francisco|Sergio",
	 "Ana|Beatriz|Mariana|Juliana|Fernanda|Camila|Larissa|Leticia|Renata|Patricia|Ines|Rita|"
	 "Marta|Carla|Teresa|Luisa|Adriana|Vanessa",
	 "Silva|Santos|Oliveira|Souza|Pereira|Costa|Rodrigues|Almeida|Nascimento|Lima|Araujo|"
	 "Fernandes|Carvalho|Gomes|Martins|Rocha|Ribeiro|Alves|Monteiro|Mendes|Barros|Freitas|"
	 "Cardoso|Teixeira|Moreira|Correia|Pinto|Machado|Tavares|Cunha|Macedo|Sampaio"},
	{"fr", 0,
	 "Jean|Pierre|Michel|Philippe|Alain|Nicolas|Francois|Laurent|Julien|Olivier|Thierry|"
	 "Antoine|Guillaume|Mathieu|Sebastien|Benoit|Didier|Remi|Yannick|Etienne",
	 "Marie|Nathalie|Isabelle|Sylvie|Catherine|Sophie|Celine|Julie|Aurelie|Camille|Claire|"
	 "Helene|Anne|Chantal|Valerie|Margaux|Elodie|Pauline|Agnes|Brigitte",
	 "Martin|Bernard|Dubois|Thomas|Robert|Richard|Petit|Durand|Leroy|Moreau|Simon|Laurent|"
	 "Lefebvre|Michel|Garnier|Fournier|Girard|Bonnet|Dupont|Lambert|Fontaine|Rousseau|"
	 "Vincent|Muller|Lefevre|Faure|Andre|Mercier|Blanc|Guerin|Boyer|Chevalier|Gauthier|Perrin"},
	{"de", 0,
	 "Thomas|Michael|Andreas|Stefan|Klaus|Jurgen|Wolfgang|Markus|Tobias|Florian|Matthias|"
	 "Sebastian|Uwe|Dieter|Lukas|Jonas|Felix|Christoph|Rainer|Holger",
	 "Anna|Katrin|Sabine|Petra|Claudia|Julia|Stefanie|Monika|Ursula|Andrea|Susanne|Lena|"
	 "Birgit|Heike|Annalena|Franziska|Kerstin|Nadine|Silke|Johanna",
	 "Muller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Koch|Richter|"
	 "Klein|Wolf|Schroder|Neumann|Schwarz|Zimmermann|Braun|Kruger|Hofmann|Hartmann|Lange|"
	 "Werner|Krause|Lehmann|Kohler|Brandt|Vogel|Keller|Frank|Baumann|Gruber|Huber"},
	{"it", 0,
	 "Marco|Giuseppe|Luca|Andrea|Francesco|Alessandro|Matteo|Stefano|Roberto|Giovanni|Paolo|"
	 "Davide|Simone|Fabio|Massimo|Enrico|Lorenzo|Claudio",
	 "Giulia|Francesca|Chiara|Sara|Valentina|Federica|Elisa|Silvia|Laura|Alessia|Martina|"
	 "Paola|Roberta|Giorgia|Elena|Barbara|Monica|Serena",
	 "Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|"
	 "Conti|De Luca|Mancini|Costa|Giordano|Rizzo|Lombardi|Moretti|Barbieri|Fontana|Santoro|"
	 "Mariani|Rinaldi|Caruso|Ferrara|Galli|Leone|Longo|Gentile|Martinelli|Vitale|Serra"},
	{"nl", 0,
	 "Jan|Pieter|Hendrik|Willem|Dirk|Bas|Joost|Sander|Ruud|Maarten|Thijs|Koen|Wouter|Bram",
	 "Anneke|Sanne|Femke|Lotte|Marieke|Ingrid|Esther|Ilse|Noor|Fleur|Mirjam|Kim|Sophie|Eva",
	 "de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Visser|Smit|Meijer|de Boer|Mulder|"
	 "de Groot|Bos|Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|Smits|"
	 "de Graaf|van der Meer|Kok|Jacobs|Vermeulen|Schouten|Willems|Hoekstra"},
	{"nord", 0,
	 "Erik|Lars|Anders|Johan|Magnus|Henrik|Nils|Olav|Mikael|Jonas|Oskar|Mattias|Bjorn|"
	 "Sven|Kristian|Jukka|Mikko|Antti|Gunnar|Emil",
	 "Anna|Ingrid|Karin|Sofia|Emma|Maja|Linnea|Hanna|Sigrid|Astrid|Elin|Frida|Liv|Kaisa|"
	 "Aino|Mette|Helle|Annika|Johanna|Ida",
	 "Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Olsson|Persson|Svensson|Gustafsson|"
	 "Hansen|Johansen|Olsen|Larsen|Andersen|Pedersen|Nielsen|Kristiansen|Jensen|Halvorsen|"
	 "Korhonen|Virtanen|Makinen|Nieminen|Lindqvist|Berg|Dahl|Lund|Holm|Sandberg|Solberg|Strand"},
	{"pl", 0,
	 "Piotr|Krzysztof|Tomasz|Pawel|Marcin|Michal|Jakub|Lukasz|Grzegorz|Adam|Jiri|Petr|Martin|"
	 "Tomas|Jan|Marek|Peter|Milan",
	 "Anna|Katarzyna|Magdalena|Agnieszka|Joanna|Malgorzata|Ewa|Monika|Barbara|Zofia|Petra|"
	 "Lucie|Jana|Tereza|Eva|Lenka|Zuzana|Marketa",
	 "Nowak|Kowalski|Wisniewski|Wojcik|Kaminski|Lewandowski|Zielinski|Szymanski|Wozniak|"
	 "Dabrowski|Kozlowski|Jankowski|Mazur|Kwiatkowski|Krawczyk|Piotrowski|Grabowski|"
	 "Novak|Svoboda|Dvorak|Cerny|Prochazka|Kucera|Vesely|Horak|Nemec|Pokorny|Kovac|Hruska"},
	{"ru", 0,
	 "Alexei|Dmitry|Sergei|Andrei|Mikhail|Nikolai|Ivan|Vladimir|Pavel|Yuri|Oleg|Maxim|Igor|"
	 "Roman|Artem|Konstantin|Viktor|Denis",
	 "Elena|Olga|Tatiana|Natalia|Irina|Svetlana|Anna|Maria|Ekaterina|Yulia|Anastasia|Daria|"
	 "Marina|Ksenia|Galina|Valentina|Lyudmila|Alina",
	 "Ivanov|Smirnov|Kuznetsov|Popov|Vasiliev|Petrov|Sokolov|Mikhailov|Novikov|Fedorov|"
	 "Morozov|Volkov|Alekseev|Lebedev|Semenov|Egorov|Pavlov|Kozlov|Stepanov|Nikolaev|Orlov|"
	 "Andreev|Makarov|Zakharov|Zaitsev|Solovyov|Borisov|Yakovlev|Grigoriev|Romanov|Belov"},
	{"ua", 0,
	 "Oleksandr|Andriy|Serhiy|Volodymyr|Mykola|Yuriy|Dmytro|Taras|Bohdan|Vasyl|Ihor|Roman|"
	 "Oleh|Petro|Vitaliy|Maksym",
	 "Olena|Oksana|Iryna|Nataliya|Tetiana|Yulia|Kateryna|Svitlana|Halyna|Larysa|Mariya|"
	 "Viktoriya|Khrystyna|Daryna|Solomiya|Lesya",
	 "Shevchenko|Kovalenko|Bondarenko|Tkachenko|Kravchenko|Oliynyk|Shevchuk|Polishchuk|"
	 "Bondar|Moroz|Lysenko|Marchenko|Rudenko|Savchenko|Petrenko|Kovalchuk|Melnyk|Boyko|"
	 "Tkachuk|Honcharenko|Klymenko|Pavlenko|Levchenko|Hrytsenko|Yaremchuk|Stetsenko"},
	{"bk", 0,
	 "Marko|Nikola|Stefan|Luka|Milos|Dragan|Goran|Zoran|Ivan|Dejan|Aleksandar|Edin|Amir|"
	 "Arben|Ilir|Bojan",
	 "Ana|Jelena|Milica|Marija|Ivana|Tamara|Sanja|Maja|Dragana|Vesna|Amra|Lejla|Arta|"
	 "Mirjana|Snezana|Katarina",
	 "Jovanovic|Petrovic|Nikolic|Markovic|Djordjevic|Stojanovic|Ilic|Pavlovic|Milosevic|"
	 "Horvat|Kovacevic|Babic|Maric|Juric|Novak|Hodzic|Begovic|Delic|Krasniqi|Berisha|Hoxha|"
	 "Gashi|Popovski|Trajkovski|Vukovic|Radovic|Kostic|Simic|Tomic|Lukic"},
	{"gr", 0,
	 "Giorgos|Dimitris|Konstantinos|Nikos|Yannis|Christos|Panagiotis|Vasilis|Kostas|"
	 "Andreas|Stavros|Michalis|Alexandros|Petros",
	 "Maria|Eleni|Katerina|Sofia|Dimitra|Anna|Georgia|Ioanna|Christina|Despina|Vasiliki|"
	 "Athina|Niki|Eirini",
	 "Papadopoulos|Papadakis|Georgiou|Nikolaou|Konstantinou|Dimitriou|Ioannou|Christodoulou|"
	 "Alexiou|Papanikolaou|Vlachos|Angelopoulos|Karamanlis|Economou|Stavrou|Michailidis|"
	 "Antoniou|Theodorou|Kyriakou|Pappas|Makris|Galanis|Spanos|Demetriades"},
	{"ro", 0,
	 "Andrei|Mihai|Alexandru|Ion|Stefan|Cristian|Bogdan|Radu|Florin|Adrian|Ivan|Georgi|"
	 "Dimitar|Nikolai|Plamen|Vasile",
	 "Ioana|Elena|Andreea|Maria|Alina|Cristina|Raluca|Diana|Gabriela|Mihaela|Desislava|"
	 "Maria|Tsvetelina|Kristina|Silvia|Ecaterina",
	 "Popescu|Ionescu|Popa|Radu|Dumitru|Stan|Stoica|Gheorghe|Matei|Ciobanu|Munteanu|Florea|"
	 "Dinu|Constantinescu|Georgescu|Ivanov|Georgiev|Dimitrov|Petrov|Stoyanov|Todorov|"
	 "Nikolov|Angelov|Kolev|Rusu|Lungu|Cojocaru|Ursu"},
	{"hu", 0,
	 "Laszlo|Istvan|Zoltan|Gabor|Peter|Tamas|Attila|Balazs|Zsolt|Andras|Gergely|Miklos",
	 "Katalin|Eva|Zsuzsanna|Anita|Krisztina|Judit|Agnes|Eszter|Reka|Timea|Orsolya|Ildiko",
	 "Nagy|Kovacs|Toth|Szabo|Horvath|Varga|Kiss|Molnar|Nemeth|Farkas|Balogh|Papp|Takacs|"
	 "Juhasz|Lakatos|Meszaros|Olah|Simon|Racz|Fekete|Szalai|Torok"},
	{"bal", 0,
	 "Andrius|Tomas|Mindaugas|Janis|Martins|Kristaps|Toomas|Kaarel|Mart|Rihards|Edgars|Linas",
	 "Ieva|Ruta|Egle|Laura|Liga|Inese|Kristiina|Kadri|Triin|Ausra|Dace|Maarja",
	 "Kazlauskas|Petrauskas|Jankauskas|Stankevicius|Vasiliauskas|Berzins|Kalnins|Ozols|"
	 "Liepins|Krumins|Tamm|Saar|Sepp|Magi|Kask|Kukk|Rebane|Ilves|Zukauskas|Paulauskas"},
	{"cau", 0,
	 "Giorgi|Davit|Levan|Nika|Irakli|Zurab|Armen|Aram|Tigran|Hovhannes|Gor|Vahe",
	 "Nino|Tamar|Mariam|Ana|Salome|Ketevan|Anahit|Lusine|Armine|Gayane|Tatevik|Nune",
	 "Beridze|Kapanadze|Gelashvili|Maisuradze|Giorgadze|Lomidze|Tsiklauri|Kvaratskhelia|"
	 "Japaridze|Khutsishvili|Grigoryan|Sargsyan|Harutyunyan|Hakobyan|Petrosyan|Khachatryan|"
	 "Vardanyan|Mkrtchyan|Avetisyan|Karapetyan"},
	{"tr", 0,
	 "Mehmet|Mustafa|Ahmet|Ali|Huseyin|Hasan|Ibrahim|Emre|Murat|Burak|Kemal|Orhan|Serkan|"
	 "Elvin|Rashad|Farid|Ilham|Tural",
	 "Ayse|Fatma|Emine|Hatice|Zeynep|Elif|Merve|Esra|Selin|Derya|Gulsen|Ebru|Leyla|Aysel|"
	 "Gunel|Nigar|Sevinj|Aygun",
	 "Yilmaz|Kaya|Demir|Sahin|Celik|Yildiz|Yildirim|Ozturk|Aydin|Ozdemir|Arslan|Dogan|"
	 "Kilic|Aslan|Cetin|Kara|Koc|Kurt|Ozkan|Simsek|Polat|Erdem|Aliyev|Mammadov|Hasanov|"
	 "Huseynov|Guliyev|Ismayilov|Karimov|Rahimov"},
	{"ar", 0,
	 "Mohammed|Ahmed|Ali|Omar|Khalid|Youssef|Hassan|Ibrahim|Mahmoud|Abdullah|Tarek|Karim|"
	 "Samir|Walid|Nabil|Faisal|Hamza|Adel|Rami|Ziad|Bassam|Majid|Hisham|Sami",
	 "Fatima|Aisha|Mariam|Layla|Nour|Rania|Hana|Salma|Yasmin|Dina|Amal|Huda|Leila|Reem|"
	 "Samira|Lina|Noura|Mona|Hind|Souad|Rasha|Ghada|Amira|Nadia",
	 "Al-Hassan|Haddad|Khalil|Mansour|Nasser|Saleh|Hamdan|Aziz|Farouk|Ibrahim|Mahmoud|"
	 "El-Sayed|Abdel-Rahman|Al-Masri|Qasim|Darwish|Hijazi|Bakr|Sabri|Jaber|Rashid|Salem|"
	 "Shaker|Zayed|Al-Otaibi|Al-Qahtani|Al-Amiri|Ben Ali|Bouazizi|Benali|Mekki|Tounsi|"
	 "Chaoui|Bennani|El Fassi|Othman|Karam|Najjar|Suleiman|Awad|Fakhoury|Tamimi"},
	{"fa", 0,
	 "Ali|Reza|Hossein|Mohammad|Mehdi|Amir|Saeed|Hamid|Javad|Abbas|Ahmad|Farhad|Karim|"
	 "Nasir|Zabihullah|Rustam",
	 "Maryam|Zahra|Fatemeh|Sara|Leila|Narges|Parisa|Shirin|Mahsa|Nasrin|Roya|Farzana|"
	 "Malalai|Shabnam|Nilufar|Gulnora",
	 "Hosseini|Rezaei|Mohammadi|Ahmadi|Karimi|Mousavi|Jafari|Rahimi|Hashemi|Sadeghi|"
	 "Ghorbani|Tehrani|Kazemi|Akbari|Moradi|Naderi|Rostami|Safavi|Ahmadzai|Popal|Stanekzai|"
	 "Rahmonov|Nazarov|Sharifi"},
	{"he", 0,
	 "David|Yosef|Moshe|Avi|Eitan|Yonatan|Itai|Noam|Amir|Gilad|Oren|Uri|Ariel|Yaakov",
	 "Sarah|Rachel|Noa|Tamar|Michal|Yael|Shira|Maya|Dana|Orly|Ronit|Liat|Efrat|Hila",
	 "Cohen|Levi|Mizrahi|Peretz|Biton|Friedman|Dahan|Avraham|Katz|Azoulay|Ben-David|Shapiro|"
	 "Goldberg|Rosen|Klein|Segal|Hadad|Ashkenazi|Barak|Golan|Amar|Shalom"},
	{"in", 0,
	 "Rahul|Amit|Vikram|Arjun|Rajesh|Sanjay|Anil|Suresh|Ravi|Manoj|Pradeep|Rohit|Nikhil|"
	 "Ashok|Vijay|Karan|Dinesh|Harish|Prakash|Mahinda|Ramesh|Deepak",
	 "Priya|Anjali|Sunita|Kavita|Pooja|Neha|Divya|Meera|Lakshmi|Shreya|Aarti|Nandini|Rekha|"
	 "Sita|Asha|Geeta|Radhika|Shalini|Swati|Nirmala|Padma|Uma",
	 "Sharma|Verma|Gupta|Singh|Kumar|Patel|Reddy|Nair|Iyer|Menon|Joshi|Mehta|Chatterjee|"
	 "Banerjee|Mukherjee|Das|Rao|Pillai|Agarwal|Malhotra|Kapoor|Chopra|Bhatt|Desai|Kulkarni|"
	 "Yadav|Mishra|Pandey|Thakur|Saxena|Perera|Fernando|Jayasuriya|Wickramasinghe|Shrestha|"
	 "Gurung|Thapa|Adhikari|Bhattarai|Tamang"},
	{"pk", 0,
	 "Imran|Asif|Tariq|Bilal|Usman|Faisal|Kamran|Shahid|Zahid|Nadeem|Arif|Salman|Fahim|"
	 "Rafiq|Anwar|Mahmud",
	 "Ayesha|Sana|Nadia|Hina|Saima|Bushra|Farah|Rabia|Uzma|Shazia|Nusrat|Taslima|Rokeya|"
	 "Sabina|Shireen|Mehnaz",
	 "Khan|Ahmed|Hussain|Qureshi|Malik|Chaudhry|Butt|Sheikh|Siddiqui|Mirza|Baig|Abbasi|"
	 "Awan|Raza|Iqbal|Javed|Rahman|Islam|Hossain|Chowdhury|Uddin|Haque|Alam|Sarkar|Bhuiyan|"
	 "Akter|Karim|Mia"},
	{"zh", 1,
	 "Wei|Jun|Ming|Hao|Lei|Jianguo|Zhiqiang|Yong|Tao|Bin|Chen|Feng|Gang|Hui|Jie|Kai|Liang|"
	 "Peng|Qiang|Rui|Xiang|Yang|Zhen|Dong|Haiyang|Junjie|Wenbo|Zhiwei",
	 "Fang|Li|Na|Xiaoling|Jing|Yan|Mei|Hong|Lan|Ying|Juan|Xia|Yun|Qian|Lin|Hua|Jia|Ting|"
	 "Xue|Yu|Min|Shu|Yaling|Xiaomei|Wenjing|Lihua|Meiling|Yuting",
	 "Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu|Hu|Guo|He|Lin|Gao|Luo|"
	 "Zheng|Liang|Xie|Song|Tang|Han|Feng|Deng|Cao|Peng|Zeng|Xiao|Tian|Dong|Pan|Yuan|Cai|"
	 "Jiang|Yu|Du|Ye|Cheng|Wei|Su|Lu|Ding|Ren|Shen|Yao|Lee|Tan|Lim|Ng|Goh|Chua|Teo|Koh|Ong"},
	{"ja", 0,
	 "Hiroshi|Takashi|Kenji|Yuki|Takeshi|Satoshi|Shinji|Kazuo|Masato|Daisuke|Ryota|Kenta|"
	 "Yoshihiko|Taro|Koji|Makoto|Naoki|Tetsuya",
	 "Yoko|Keiko|Naoko|Yumi|Akiko|Tomoko|Sachiko|Haruka|Ayumi|Megumi|Mariko|Noriko|Emi|"
	 "Kaori|Misaki|Rie|Chiaki|Junko",
	 "Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito|Yamamoto|Nakamura|Kobayashi|Kato|Yoshida|"
	 "Yamada|Sasaki|Yamaguchi|Matsumoto|Inoue|Kimura|Hayashi|Shimizu|Yamazaki|Mori|Abe|"
	 "Ikeda|Hashimoto|Ishikawa|Ogawa|Fujita|Okada|Goto|Hasegawa|Murakami|Kondo|Ishii|Sakamoto"},
	{"ko", 1,
	 "Min-jun|Seo-jun|Ji-hoon|Hyun-woo|Dong-hyun|Sung-min|Jae-won|Young-ho|Sang-woo|Tae-yang|"
	 "Jong-su|Kyung-soo|Chol|Myong-chol|Song-il|Hyok",
	 "Ji-woo|Seo-yeon|Min-seo|Ha-eun|Ji-yeon|Eun-ji|Soo-jin|Hye-jin|Yoon-ah|Mi-kyung|"
	 "Jung-hwa|Kyung-hee|Son-hui|Yo-jong|Ok-ju|Kum-sun",
	 "Kim|Lee|Park|Choi|Jung|Kang|Cho|Yoon|Jang|Lim|Han|Oh|Seo|Shin|Kwon|Hwang|Ahn|Song|"
	 "Jeon|Hong|Yoo|Ko|Moon|Yang|Son|Bae|Baek|Heo|Nam|Ri|Pak|Ryu"},
	{"vi", 1,
	 "Van Hung|Minh Tuan|Duc Anh|Quoc Bao|Thanh Son|Van Nam|Huu Phuoc|Cong Vinh|Tien Dung|"
	 "Manh Hung|Dinh Trong|Quang Hai",
	 "Thi Lan|Thu Ha|Ngoc Anh|Thanh Huong|Bich Ngoc|Minh Chau|Thi Mai|Kim Lien|Thu Trang|"
	 "Hong Nhung|Phuong Linh|Thi Hoa",
	 "Nguyen|Tran|Le|Pham|Hoang|Phan|Vu|Vo|Dang|Bui|Do|Ho|Ngo|Duong|Ly|Truong|Dinh|Doan|"
	 "Lam|Mai|Trinh|Luong"},
	{"th", 0,
	 "Somchai|Prayut|Anutin|Chaiwat|Kittisak|Narong|Somsak|Wichai|Thanakorn|Pongsak|"
	 "Sonexay|Bounthong|Khamphan|Phoukhong",
	 "Siriporn|Somying|Kanya|Pornthip|Nattaya|Wanida|Chanida|Ratana|Suda|Malee|Vilayphone|"
	 "Bouasone|Khamla|Davone",
	 "Saetang|Srisuk|Wongsawat|Chaiyaporn|Rattanakosin|Boonmee|Suksawat|Jaidee|Thongchai|"
	 "Kittikhun|Siphandone|Vongsa|Phommachanh|Keomany|Sisoulith|Inthavong|Chanthavong"},
	{"my", 0,
	 "Kyaw|Min|Aung|Zaw|Thein|Tun|Soe|Htet|Nay|Win|Myo|Thant",
	 "Aye|Khin|Nwe|Hla|Su|Thida|Ei|Yadanar|Moe|Sandar|Phyu|Zin",
	 "Zaw Oo|Min Htut|Thu Rein|Naing Win|Ko Ko|Myint Aung|Lwin Oo|Tun Aung|Zaw Htet|Hlaing|"
	 "Kyaw Soe|Win Naing|Aung Kyaw|Thant Zin|Soe Moe|Htoo"},
	{"kh", 0,
	 "Sokha|Vannak|Dara|Rithy|Sophal|Bunthoeun|Chanthou|Sovann|Pisey|Veasna",
	 "Sreymom|Chanthy|Bopha|Sokunthea|Kunthea|Channary|Sophea|Raksmey|Socheata|Navy",
	 "Sok|Chea|Chan|Heng|Kim|Ly|Meas|Nhem|Pen|Prak|Seng|Sim|Tep|Touch|Vong|Yim|Kong|Sar|Hun"},
	{"id", 0,
	 "Budi|Agus|Joko|Eko|Hendra|Rudi|Andi|Dedi|Wahyu|Bambang|Arif|Rizal|Ahmad|Hafiz|Syed|"
	 "Anwar|Faizal|Iskandar",
	 "Siti|Dewi|Sri|Indah|Ratna|Rina|Putri|Wulan|Nurul|Fitri|Ayu|Lestari|Aminah|Farah|"
	 "Nor Azura|Zainab|Aishah|Rosmah",
	 "Santoso|Wijaya|Gunawan|Setiawan|Susanto|Hidayat|Nugroho|Saputra|Pratama|Kusuma|"
	 "Wibowo|Hartono|Siregar|Nasution|Harahap|Simanjuntak|Sembiring|Lubis|Abdullah|Ismail|"
	 "Othman|Rahman|Hamid|Yusof|Ibrahim|Razak|Aziz|Mohamad"},
	{"ph", 0,
	 "Jose|Juan|Antonio|Ramon|Eduardo|Rodrigo|Manuel|Ferdinand|Gilberto|Ronaldo|Emmanuel|"
	 "Mark|Jericho|Rommel|Francis|Benigno",
	 "Maria|Rosario|Corazon|Liza|Grace|Angelica|Kristine|Maricel|Leni|Risa|Imelda|Jocelyn|"
	 "Teresita|Marites|Joy|Sheila",
	 "Santos|Reyes|Cruz|Bautista|Ocampo|Garcia|Mendoza|Torres|Tomas|Andrada|Castillo|"
	 "Villanueva|Ramos|Aquino|Dizon|Manalo|Navarro|Salvador|Pascual|Soriano|Dela Cruz|"
	 "Magbanua|Tolentino|Macaraeg|Panganiban|Lacson"},
	{"waf", 0,
	 "Chukwuemeka|Oluwaseun|Babatunde|Emeka|Ifeanyi|Kwame|Kofi|Yaw|Kwabena|Olusegun|Tunde|"
	 "Chinedu|Musa|Abubakar|Ibrahim|Sani|Joseph|Samuel|Moses|Nana",
	 "Ngozi|Chioma|Adaeze|Funmilayo|Yetunde|Amara|Nneka|Folake|Abena|Akosua|Efua|Ama|"
	 "Aisha|Hadiza|Zainab|Grace|Comfort|Blessing|Esther|Ruth",
	 "Okafor|Okonkwo|Adeyemi|Ogunleye|Eze|Nwosu|Obi|Balogun|Adebayo|Olawale|Mensah|Asante|"
	 "Owusu|Boateng|Appiah|Osei|Agyeman|Danso|Bello|Abdullahi|Yusuf|Lawal|Musa|Okeke|Nwachukwu|"
	 "Ibekwe|Akande|Oyelaran|Sirleaf|Kamara|Koroma|Sesay|Conteh|Johnson|Weah|Tubman"},
	{"eaf", 0,
	 "John|Peter|James|Samuel|Joseph|David|Daniel|Kipchoge|Wanjiru|Otieno|Mwangi|Baraka|"
	 "Juma|Hamisi|Yoweri|Paul|Emmanuel|Innocent|Salva|Riek",
	 "Grace|Mary|Faith|Mercy|Esther|Wanjiku|Akinyi|Achieng|Neema|Rehema|Zawadi|Amina|"
	 "Winnie|Beatrice|Josephine|Agnes|Jacqueline|Rebecca|Angelina|Nyandeng",
	 "Kamau|Mwangi|Otieno|Odhiambo|Ochieng|Kipkemboi|Chebet|Kiprop|Wafula|Njoroge|Mutua|"
	 "Ouma|Wekesa|Museveni|Mugisha|Byanyima|Nsubuga|Okello|Mbabazi|Magufuli|Mwinyi|Kikwete|"
	 "Nyerere|Msuya|Kagame|Nkurunziza|Habimana|Uwimana|Niyonzima|Deng|Garang|Machar|Mayen|Lual"},
	{"saf", 0,
	 "Thabo|Sipho|Bongani|Mandla|Themba|Jabulani|Tendai|Tawanda|Chanda|Mulenga|Lazarus|"
	 "Hage|Mokgweetsi|Cyril|Jacob|Emmerson",
	 "Nomvula|Thandiwe|Lindiwe|Naledi|Zanele|Busisiwe|Nokuthula|Rutendo|Chipo|Tatenda|"
	 "Mutale|Natasha|Saara|Netumbo|Lerato|Palesa",
	 "Dlamini|Nkosi|Ndlovu|Khumalo|Mahlangu|Mokoena|Zulu|Mthembu|Sithole|Ngcobo|Mabaso|"
	 "Moyo|Ncube|Sibanda|Chikwanha|Mutasa|Banda|Phiri|Mwale|Tembo|Chakwera|Mutharika|Geingob|"
	 "Masisi|Shikongo|Nandi-Ndaitwah|Motsepe|Radebe|Molefe|Mbeki"},
	{"et", 0,
	 "Abiy|Getachew|Tewodros|Dawit|Mesfin|Yohannes|Alemayehu|Berhanu|Haile|Tesfaye|Isaias|"
	 "Osman",
	 "Sahle-Work|Meron|Hirut|Selamawit|Tigist|Almaz|Bethlehem|Mekdes|Saba|Frehiwot|Helen|"
	 "Rahel",
	 "Ahmed|Reda|Gebremariam|Tadesse|Bekele|Kebede|Alemu|Tesfaye|Mulugeta|Gebreyesus|"
	 "Woldemariam|Haile|Negash|Desta|Afwerki|Ghebremeskel|Berhe|Abraha|Hailu|Mengistu"},
	{"so", 0,
	 "Abdi|Mohamed|Hassan|Abdirahman|Omar|Farah|Ahmed|Yusuf|Abdullahi|Hamza|Mahad|Liban",
	 "Hodan|Fadumo|Amina|Halima|Sahra|Ilhan|Deqa|Faduma|Ifrah|Nimco|Ayaan|Khadra",
	 "Mohamud|Farmaajo|Hassan|Roble|Barre|Warsame|Abdi|Jama|Elmi|Ali|Gure|Nur|Duale|Egal|"
	 "Sheikh|Ismail|Osman|Aden"},
	{"fraf", 0,
	 "Mamadou|Moussa|Ousmane|Amadou|Abdoulaye|Boubacar|Ibrahima|Cheikh|Seydou|Souleymane|"
	 "Felix|Patrice|Jean-Pierre|Didier|Alassane|Macky|Assimi|Mahamat",
	 "Aminata|Fatoumata|Mariam|Awa|Kadiatou|Rokia|Aissatou|Coumba|Ndeye|Safiatou|Odile|"
	 "Josiane|Marie-Claire|Henriette|Bintou|Oumou|Adama|Ramatoulaye",
	 "Diallo|Traore|Keita|Coulibaly|Toure|Kone|Sow|Ba|Ndiaye|Diop|Fall|Sy|Camara|Sylla|"
	 "Cisse|Sanogo|Ouattara|Kabore|Sawadogo|Ouedraogo|Compaore|Tshisekedi|Kabila|Mbemba|"
	 "Lumumba|Mukwege|Biya|Itno|Deby|Bazoum|Tiani|Goita|Faye|Sonko|Gbagbo|Bedie|Talon|Gnassingbe"},
	{"ca", 0,
	 "Nursultan|Kassym|Daniyar|Askar|Yerlan|Bakhyt|Shavkat|Rustam|Sardor|Sadyr|Almazbek|"
	 "Serdar|Batbayar|Gantulga",
	 "Aigerim|Dinara|Gulnara|Saule|Aizhan|Nodira|Dilnoza|Madina|Zarina|Aida|Ayna|Oyunaa|"
	 "Enkhjargal|Sarangerel",
	 "Nazarbayev|Tokayev|Mirziyoyev|Japarov|Tashiev|Berdimuhamedov|Abenov|Suleimenov|"
	 "Karimov|Yusupov|Akhmetov|Seitkali|Zhaksylykov|Ibragimov|Usmonov|Bakiev|Atambayev|"
	 "Khurelsukh|Enkhbayar|Batbold|Ganbaatar|Oyun-Erdene"},
};

/* Country, adjective, naming tradition and cities, capital first.  The
 * order is roughly how often each is in the news: the first rows get the
 * most people, so the most stories. */
static const char *const country_rows[] = {
	"the United States|American|en|Washington|New York|Chicago|Los Angeles|Houston|Miami|Boston",
	"China|Chinese|zh|Beijing|Shanghai|Shenzhen|Wuhan|Guangzhou|Chongqing",
	"Russia|Russian|ru|Moscow|St Petersburg|Novosibirsk|Kazan|Vladivostok",
	"Ukraine|Ukrainian|ua|Kyiv|Kharkiv|Odesa|Lviv|Dnipro|Zaporizhzhia",
	"India|Indian|in|New Delhi|Mumbai|Bengaluru|Chennai|Kolkata|Hyderabad",
	"Britain|British|en|London|Manchester|Edinburgh|Birmingham|Glasgow",
	"France|French|fr|Paris|Marseille|Lyon|Toulouse|Bordeaux",
	"Germany|German|de|Berlin|Frankfurt|Hamburg|Munich|Cologne",
	"Japan|Japanese|ja|Tokyo|Osaka|Yokohama|Nagoya|Fukuoka",
	"Brazil|Brazilian|pt|Brasilia|Sao Paulo|Rio de Janeiro|Belo Horizonte|Manaus",
	"Turkey|Turkish|tr|Ankara|Istanbul|Izmir|Gaziantep",
	"Iran|Iranian|fa|Tehran|Isfahan|Mashhad|Tabriz",
	"Israel|Israeli|he|Jerusalem|Tel Aviv|Haifa",
	"Saudi Arabia|Saudi|ar|Riyadh|Jeddah|Dammam",
	"Egypt|Egyptian|ar|Cairo|Alexandria|Port Said",
	"South Africa|South African|saf|Pretoria|Johannesburg|Cape Town|Durban",
	"Nigeria|Nigerian|waf|Abuja|Lagos|Kano|Port Harcourt",
	"Pakistan|Pakistani|pk|Islamabad|Karachi|Lahore|Peshawar",
	"Indonesia|Indonesian|id|Jakarta|Surabaya|Bandung|Medan",
	"the Philippines|Philippine|ph|Manila|Cebu|Davao",
	"South Korea|South Korean|ko|Seoul|Busan|Incheon",
	"Mexico|Mexican|es|Mexico City|Monterrey|Guadalajara|Tijuana",
	"Canada|Canadian|en|Ottawa|Toronto|Montreal|Vancouver|Calgary",
	"Australia|Australian|en|Canberra|Sydney|Melbourne|Perth|Brisbane",
	"Italy|Italian|it|Rome|Milan|Naples|Turin",
	"Spain|Spanish|es|Madrid|Barcelona|Valencia|Seville",
	"Poland|Polish|pl|Warsaw|Krakow|Gdansk|Wroclaw",
	"Kenya|Kenyan|eaf|Nairobi|Mombasa|Kisumu",
	"Ethiopia|Ethiopian|et|Addis Ababa|Mekelle|Bahir Dar",
	"Vietnam|Vietnamese|vi|Hanoi|Ho Chi Minh City|Da Nang",
	"Taiwan|Taiwanese|zh|Taipei|Kaohsiung|Taichung",
	"North Korea|North Korean|ko|Pyongyang",
	"Iraq|Iraqi|ar|Baghdad|Basra|Mosul|Erbil",
	"Syria|Syrian|ar|Damascus|Aleppo|Homs",
	"Afghanistan|Afghan|fa|Kabul|Kandahar|Herat",
	"Argentina|Argentine|es|Buenos Aires|Cordoba|Rosario",
	"Colombia|Colombian|es|Bogota|Medellin|Cali",
	"Thailand|Thai|th|Bangkok|Chiang Mai|Phuket",
	"Bangladesh|Bangladeshi|pk|Dhaka|Chittagong",
	"the Netherlands|Dutch|nl|The Hague|Amsterdam|Rotterdam",
	"Belgium|Belgian|fr|Antwerp|Ghent|Liege",
	"Sweden|Swedish|nord|Stockholm|Gothenburg|Malmo",
	"Norway|Norwegian|nord|Oslo|Bergen|Tromso",
	"Denmark|Danish|nord|Copenhagen|Aarhus",
	"Finland|Finnish|nord|Helsinki|Tampere|Turku",
	"Switzerland|Swiss|de|Bern|Geneva|Zurich|Basel",
	"Austria|Austrian|de|Vienna|Salzburg|Graz",
	"Greece|Greek|gr|Athens|Thessaloniki|Piraeus",
	"Portugal|Portuguese|pt|Lisbon|Porto",
	"Ireland|Irish|en|Dublin|Cork|Galway",
	"Czech Republic|Czech|pl|Prague|Brno|Ostrava",
	"Hungary|Hungarian|hu|Budapest|Debrecen|Szeged",
	"Romania|Romanian|ro|Bucharest|Cluj-Napoca|Constanta",
	"Bulgaria|Bulgarian|ro|Sofia|Varna|Plovdiv",
	"Serbia|Serbian|bk|Belgrade|Novi Sad|Nis",
	"Croatia|Croatian|bk|Zagreb|Split|Rijeka",
	"Bosnia and Herzegovina|Bosnian|bk|Sarajevo|Mostar|Banja Luka",
	"Slovakia|Slovak|pl|Bratislava|Kosice",
	"Slovenia|Slovenian|bk|Ljubljana|Maribor",
	"Moldova|Moldovan|ro|Chisinau",
	"Belarus|Belarusian|ru|Minsk|Gomel",
	"Lithuania|Lithuanian|bal|Vilnius|Kaunas|Klaipeda",
	"Latvia|Latvian|bal|Riga|Daugavpils",
	"Estonia|Estonian|bal|Tallinn|Tartu|Narva",
	"Georgia|Georgian|cau|Tbilisi|Batumi|Kutaisi",
	"Armenia|Armenian|cau|Yerevan|Gyumri",
	"Azerbaijan|Azerbaijani|tr|Baku|Ganja",
	"Kazakhstan|Kazakh|ca|Astana|Almaty|Shymkent",
	"Uzbekistan|Uzbek|ca|Tashkent|Samarkand|Bukhara",
	"Kyrgyzstan|Kyrgyz|ca|Bishkek|Osh",
	"Tajikistan|Tajik|fa|Dushanbe|Khujand",
	"Turkmenistan|Turkmen|ca|Ashgabat",
	"Mongolia|Mongolian|ca|Ulaanbaatar",
	"Jordan|Jordanian|ar|Amman|Aqaba|Irbid",
	"Lebanon|Lebanese|ar|Beirut|Sidon|Tyre",
	"the United Arab Emirates|Emirati|ar|Abu Dhabi|Dubai|Sharjah",
	"Qatar|Qatari|ar|Doha",
	"Kuwait|Kuwaiti|ar|Kuwait City",
	"Oman|Omani|ar|Muscat|Salalah",
	"Yemen|Yemeni|ar|Sanaa|Aden|Hodeidah|Marib",
	"Bahrain|Bahraini|ar|Manama",
	"Libya|Libyan|ar|Tripoli|Benghazi|Misrata",
	"Tunisia|Tunisian|ar|Tunis|Sfax|Sousse",
	"Algeria|Algerian|ar|Algiers|Oran|Constantine",
	"Morocco|Moroccan|ar|Rabat|Casablanca|Tangier|Marrakesh",
	"Sudan|Sudanese|ar|Khartoum|Port Sudan|Omdurman|El Fasher",
	"South Sudan|South Sudanese|eaf|Juba|Malakal",
	"Somalia|Somali|so|Mogadishu|Kismayo|Baidoa",
	"Eritrea|Eritrean|et|Asmara|Massawa",
	"Uganda|Ugandan|eaf|Kampala|Gulu|Entebbe",
	"Tanzania|Tanzanian|eaf|Dodoma|Dar es Salaam|Arusha|Zanzibar",
	"Rwanda|Rwandan|eaf|Kigali|Butare",
	"Burundi|Burundian|eaf|Gitega|Bujumbura",
	"Democratic Republic of Congo|Congolese|fraf|Kinshasa|Goma|Lubumbashi|Bukavu",
	"Ghana|Ghanaian|waf|Accra|Kumasi|Tamale",
	"Ivory Coast|Ivorian|fraf|Abidjan|Yamoussoukro|Bouake",
	"Senegal|Senegalese|fraf|Dakar|Thies|Ziguinchor",
	"Mali|Malian|fraf|Bamako|Timbuktu|Gao",
	"Niger|Nigerien|fraf|Niamey|Agadez|Zinder",
	"Burkina Faso|Burkinabe|fraf|Ouagadougou|Bobo-Dioulasso",
	"Chad|Chadian|fraf|N'Djamena|Abeche",
	"Cameroon|Cameroonian|fraf|Yaounde|Douala|Bamenda",
	"Guinea|Guinean|fraf|Conakry",
	"Liberia|Liberian|waf|Monrovia",
	"Sierra Leone|Sierra Leonean|waf|Freetown|Bo",
	"Benin|Beninese|fraf|Cotonou|Porto-Novo",
	"Togo|Togolese|fraf|Lome",
	"Mauritania|Mauritanian|ar|Nouakchott|Nouadhibou",
	"Zimbabwe|Zimbabwean|saf|Harare|Bulawayo|Mutare",
	"Zambia|Zambian|saf|Lusaka|Ndola|Kitwe",
	"Malawi|Malawian|saf|Lilongwe|Blantyre",
	"Mozambique|Mozambican|pt|Maputo|Beira|Pemba",
	"Angola|Angolan|pt|Luanda|Lobito|Huambo",
	"Namibia|Namibian|saf|Windhoek|Walvis Bay",
	"Botswana|Botswanan|saf|Gaborone|Francistown",
	"Madagascar|Malagasy|fr|Antananarivo|Toamasina",
	"Gabon|Gabonese|fraf|Libreville|Port-Gentil",
	"Peru|Peruvian|es|Lima|Cusco|Arequipa",
	"Chile|Chilean|es|Santiago|Valparaiso|Antofagasta",
	"Venezuela|Venezuelan|es|Caracas|Maracaibo|Valencia",
	"Ecuador|Ecuadorean|es|Quito|Guayaquil|Cuenca",
	"Bolivia|Bolivian|es|La Paz|Cochabamba|El Alto",
	"Paraguay|Paraguayan|es|Asuncion|Ciudad del Este",
	"Uruguay|Uruguayan|es|Montevideo",
	"Cuba|Cuban|es|Havana|Santiago de Cuba",
	"Haiti|Haitian|fr|Port-au-Prince|Cap-Haitien",
	"the Dominican Republic|Dominican|es|Santo Domingo|Santiago de los Caballeros",
	"Guatemala|Guatemalan|es|Guatemala City|Quetzaltenango",
	"Honduras|Honduran|es|Tegucigalpa|San Pedro Sula",
	"El Salvador|Salvadoran|es|San Salvador",
	"Nicaragua|Nicaraguan|es|Managua|Leon",
	"Costa Rica|Costa Rican|es|San Jose|Limon",
	"Panama|Panamanian|es|Panama City|Colon",
	"Jamaica|Jamaican|en|Kingston|Montego Bay",
	"Trinidad and Tobago|Trinidadian|en|Port of Spain",
	"Guyana|Guyanese|en|Georgetown",
	"New Zealand|New Zealand|en|Wellington|Auckland|Christchurch",
	"Papua New Guinea|Papua New Guinean|en|Port Moresby|Lae",
	"Fiji|Fijian|en|Suva|Nadi",
	"Malaysia|Malaysian|id|Kuala Lumpur|Penang|Johor Bahru|Kota Kinabalu",
	"Singapore|Singaporean|zh|Singapore",
	"Myanmar|Myanmar|my|Naypyitaw|Yangon|Mandalay",
	"Cambodia|Cambodian|kh|Phnom Penh|Siem Reap|Battambang",
	"Laos|Lao|th|Vientiane|Luang Prabang",
	"Sri Lanka|Sri Lankan|in|Colombo|Kandy|Jaffna",
	"Nepal|Nepali|in|Kathmandu|Pokhara",
	"Bhutan|Bhutanese|in|Thimphu",
	"Iceland|Icelandic|nord|Reykjavik",
	"Cyprus|Cypriot|gr|Nicosia|Limassol",
	"Malta|Maltese|it|Valletta",
	"Albania|Albanian|bk|Tirana|Durres",
	"North Macedonia|North Macedonian|bk|Skopje",
	"Montenegro|Montenegrin|bk|Podgorica",
	"Kosovo|Kosovar|bk|Pristina",
};

/* Neutral ground where diplomats meet, whatever the countries. */
static const char venue_cities[] =
	"Geneva|Vienna|New York|Brussels|Doha|Istanbul|Addis Ababa|Nairobi|Singapore|Oslo|Paris|"
	"Jakarta|Cairo|Riyadh|Muscat";

/* Invented words for company and group names. */
static const char brand_words[] =
	"Altara|Norvik|Kestrel|Meridian|Solvane|Tamarind|Corvel|Zentra|Ardent|Halcyon|Orinda|"
	"Vantis|Lumora|Brightwater|Ironvale|Silverline|Redstone|Bluepeak|Castellan|Northgate|"
	"Aurelia|Baltico|Cendra|Dunmore|Elstar|Falkor|Granvik|Harwell|Ismara|Jadeport|Karmel|"
	"Lindqvist|Maravel|Novaterra|Ostrava|Pelagos|Quorra|Rivenhall|Sablon|Tessara|Umbria|"
	"Valmont|Westhaven|Xandor|Yarrow|Zephyr|Anvora|Belmar|Coralis|Delvaux|Everton|Fenwick|"
	"Galvano|Highmoor|Irongate|Juniper|Kalahari|Larkspur|Monsoon|Nordhavn|Oakridge|Pinecrest|"
	"Quartzline|Riverton|Stonebridge|Trident|Unitas|Verdant|Windrose|Atlas|Borealis|Crescent|"
	"Sahara|Equator|Pacifica|Andes|Savanna|Tundra|Delta|Summit|Keystone|Horizon|Pioneer";

/* Words for the names of aid groups and campaigns. */
static const char cause_words[] =
	"Hope|Unity|Lifeline|Frontline|Open Hands|Clearwater|Common Ground|New Dawn|Safe Harbour|"
	"Bright Future|Green Belt|First Light|Helping Hands|Living Earth|Fair Play|Free Voice|"
	"Open Door|Solid Ground|Care Bridge|Kind Hearts|Blue Planet|Bread for All|Clean Air|"
	"Good Harvest|Shelter Now|Peace Works|Open Roads|Still Waters|Rising Tide|Wellspring";

#endif

"""A larger given-name lexicon for people recognition (merged into names.FIRST_NAMES).

Given names that appear in German-language news, grouped by language: German, Austrian,
Swiss, Dutch/Flemish, Scandinavian, English, French, Italian, Spanish/Portuguese/Latin
American, Polish, Czech/Slovak, Hungarian, South Slavic/Albanian, Romanian, Bulgarian,
Greek, Russian/Ukrainian/Belarusian (German and English transliterations: Wladimir and
Vladimir, Sergej and Sergei), Baltic, Caucasus/Central Asian, Turkish, Kurdish, Arabic,
Persian, Hebrew, Indian, East and South-East Asian, African. One lower-case word per
name, with its diacritics ("béla", "özcan", "jürgen"); where the German press often
drops them, the plain spelling is listed too ("bela", "ozcan"). Written from general
knowledge, not from any evaluation text.

Left out on purpose (tests/unit/engine/test_names.py checks a list of such words), because
a listed name followed by a capitalised word makes a person ("Im August Präsident ...")
and a speaker phrase that contains a listed word, even in lower case, scores as a name:
- names that are also common German or English words: months and weekdays (August, April,
  Juni, May), German nouns, adjectives and function words (Roman, Wolf, Heide, Engel,
  Sonne, Stern, Kraft, Glück, Friede, Heil, Adel, Marine, Kasper, Tor, Stein, Helle, Inka,
  Lama, Tal, Jude, Brett, Kamel, Duma, Ross, Linde, Lenz, Gen, Rom, Bar; nur, wen, du,
  bisher, davor, allen, armen), English words (will, can, may, said, hope, faith, grace,
  rose, page, art, grant, rich, sterling, summer, guy, drew, ray, sue, pat, penny, lance,
  hunter, dawn, odd, rune, tore, tone, lone, lies, beat, cliff, tip, matt);
- names that are also places, brands or clubs standing before a capitalised word
  (Georgia, Jordan, Israel, Santiago de Chile, El Salvador, Mercedes Benz, Hertha BSC,
  Hong Kong, Abu Dhabi, Madison Square, Jackson Hole, Morgan Stanley, Meta, Milan, Costa
  Rica, Riad, Sofia) and currencies (Yuan, Lei);
- surnames of famous people that are also given names (Graham, Murray, Kerry, Perry,
  Faure) and given names used alone like surnames (Thai: Thaksin, Yingluck);
- hyphenated and inner-capital names (Hans-Peter, LeBron): the engine capitalises only
  the first letter of a listed name, so they could never match;
- Turkish names with a dotted capital İ are listed without the dot (ilkay, ibrahim):
  Python lower-cases "İ" to two characters.
Entries of the older hand-made list in names.py are kept as they were (a few, like
"roman" and "mark", break the first rule).

Gender: FEMALE_FIRST holds names that are (almost) always a woman's and is merged into
names.FEMALE_NAMES. NEUTRAL_FIRST holds names whose bearers in the news are mostly men
but not always (Deniz, Nikola, Claude) and family names that Chinese, Korean and
Vietnamese names put first (Xi Jinping, Lee Jae-myung, Nguyen Phu Trong). The engine
treats every known name outside FEMALE_NAMES as a man's when it checks pronouns, so
neutral names count as male there; unisex names that are mostly women's (Ashley, Sharon,
Camille) are in FEMALE_FIRST, and names split about evenly (Taylor, Casey, Jo) are left out.
"""
from __future__ import annotations

MALE_FIRST = frozenset((
    # German
    """
    achim adalbert adolf alois albrecht alfons alwin ansgar anselm arnd arndt arno arnulf augustin
    axel baldur balthasar bastian benno berndt berthold bertram björn bodo burkhard burghard
    christof clemens conrad cornelius dankwart detlef detlev diether dietrich dittmar eberhard
    eckart eckhard eckhart eckehard edgar edmund egbert egon ekkehard elmar emil engelbert erhard
    erwin eugen ewald fabio falk falko frieder friedbert friedemann friedhelm friedrich fritz
    gebhard georg gerald gerd gerhard gernot gero gerold gert gerwin gottfried gotthard gottlieb
    götz gunnar gunter gunther günter hajo hanno hanns hannes hansi hansjörg hansjürgen harro
    hartmut hasso heiner heino heinrich heinz helge helmuth helmfried hendrik henning henrik herbert
    heribert hermann hilmar hinrich holger horst hubertus ignaz ingo ingolf jakob jannik jannis
    jochen jörg jörn jost jupp kai kajetan kaspar klemens knut konrad konstantin korbinian kuno
    lennart leonhard leopold linus lothar ludger luitpold lutz magnus malte manfred marcel marius
    markus mathias matthäus meinhard meinrad michel mirko nikolaus norbert olaf ole ortwin oswald
    otfried ottmar otmar paulus philipp raimund rainer reiner reinhard reinhold richard roderich
    rüdiger ruprecht rupert sebastian siegbert siegfried siegmund sigmar sigmund sönke steffen sven
    thilo thoralf thorben thorsten tilman tilo tobias torben traugott udo ulf uli ulli ulrich utz
    veit viktor volker volkmar waldemar walther wendelin werner wieland wigald wilfried willi
    willibald winfried wolfram xaver andi basti jogi sepp seppl kalle micha tobi ronny maik mike
    steffen enrico danny lukas leon finnley jonas elias luca luka ben paul noah felix henry emil
    anton theo jakob mats niklas nico nicolas ole oskar tim jan
    """
    # Austrian and Swiss (German, French, Italian, Romansh)
    """
    ueli urs ruedi reto jürg kurt hansruedi peider gian andri curdin flurin linard silvan andrin
    dario yannick yves cédric cedric sandro remo fridolin pirmin gallus niklaus melchior kaspar
    balthasar ignazio alain didier thierry flavio moritz walo marco giusep adrian hanspeter samuel
    """
    # Dutch and Flemish
    """
    bram daan dirk freek geert gerrit gijs henk huub jaap jan jeroen jesse joep johan joost jurgen
    kees klaas koen lieven luuk maarten marijn niels pieter pim rutger ruud sander stijn teun thijs
    tijmen twan wim willem wopke wout wouter frans hugo herman conner theo bart jef jelle sjoerd
    wietse menno hidde douwe
    """
    # Scandinavian, Finnish, Icelandic
    """
    anders arne åke bengt birger bjørn björn carl dag einar egil egill erling espen fredrik frode
    geir göran gösta gunnar gustaf gustav hakon håkon halvor hallvard hampus harald helge henrik
    ingvar jens jimmie johan joakim jonas kåre kjell knut lars leif magnus mads mikael mikkel morten
    nikolaj nils olof ola ole øystein pär petter poul rasmus ragnar sigurd sigurður sören søren
    steinar sten stig sune svante sverker svein sven terje thorvald torbjörn torbjørn trond troels
    trygve uffe ulf vidar villy antti esko heikki ilkka jari jarmo jorma juha juho jukka jussi kalle
    lauri markku matti mikko niko olli paavo pekka pertti petteri risto sakari sauli seppo tapio
    teemu tuomas valtteri ville kimi bjarni guðni ólafur olafur davíð steingrímur stefán einar arnar
    sigmundur kristján kristjan magnús
    """
    # English (British, Irish, North American, Australian)
    """
    aidan alastair alistair alfie allan alvin andy angus archie ashton barry benedict bernie bertie
    bobby boyd brandon brendan brent bryan bryce byron caleb callum calvin cecil clarence clifford
    clint clive cody colm connor conor curtis cyril damian damon darren darryl dave declan derek
    desmond devin dominic doug duncan dustin dwayne dwight dylan eamon éamon edmund eli elijah
    elliot elliott elton emmett eoin ernest ethan eugene evan everett fergus floyd francis frankie
    freddie frederick gareth garrett gavin geoffrey gerry gilbert hal hank harold harvey herbert
    homer howard hugh iain irving isaac jackie jamal jamie jared jay jeremiah jermaine jerry jesse
    joey johnny jonah josh keir kelvin kenny kieran kirk kyle lachlan larry lawrence leonard leroy
    lester lewis liam lloyd logan lyndon malcolm marlon marvin melvin merrick milton morris
    nathaniel ned nelson nigel norman owen percy phil quentin quincy randall raymond reggie reginald
    rex rhys ricky robbie rodney ronnie rory roy rupert sadiq seamus séamus seth seymour shane shaun
    shawn sheldon sherrod sidney stan stewart stuart sylvester terence theodore timothy toby todd
    travis trevor tristan tucker tyler vernon vince warren wayne wesley wilbur wilfred willie
    winston wyatt zachary abraham ulysses grover woodrow lyndon reince rudy rex kash pete hakeem jeb
    denny jamaal merrick antonin clarence neil jerome lael jake kirby mike mitch ronald ted raphael
    beto jared barron kanye elon jensen sundar satya sergey larry warren jamie tucker keanu quentin
    denzel leonardo mick ringo elvis bruce usain shaquille travis patrick aaron dirk lewis lando
    nigel damon jenson rubens ayrton jochen mika cillian ciarán ciaran padraig pádraig fionn oisín
    oisin donal dermot enda micheál micheal leo bertie gerry humza nadhim kwasi rishi sajid wes keir
    iain
    """
    # French and Belgian (French)
    """
    adrien aimé albéric alexandre alexis amaury antoine arnaud aurélien aurelien baptiste benoît
    benoit bertrand blaise brice christophe clément clement corentin cyrille damien denis didier
    édouard edouard émile emile éric étienne etienne fabien fabrice florent florian frédéric
    frederic gaël gael gaspard georges gérald gerald gérard gerard gilles grégoire gregoire
    guillaume gustave hervé herve hugues jacques jérémie jeremie jérôme joël joel julien laurent
    léon léopold leopold lionel luc ludovic marc marcel mathieu matthieu michel noël noel olivier
    pascal patrice philippe pierre raphaël raphael rémi remi rémy remy renaud romain sébastien
    sebastien serge stéphane stephane sylvain thibault thibaut thierry timothée valéry valery xavier
    yannick yves zinédine zinedine kylian ousmane aurélien gabriel clément fabien raphaël bruno
    gérald
    """
    # Italian
    """
    achille adolfo alberto aldo alessandro alessio amedeo angelo antonio benito carlo cesare claudio
    corrado cristiano daniele dante dario davide domenico edoardo elio emanuele enrico enzo ettore
    fabio fabrizio fausto federico ferruccio filippo flavio franco gaetano giacomo giampaolo
    giancarlo gianfranco gianluca gianluigi gianmarco gianni gino giorgio giovanni giuliano giulio
    giuseppe graziano guglielmo ignazio jacopo lapo leonardo lorenzo luca luciano luigi marcello
    mariano massimiliano massimo mattia maurizio michele nando niccolò nicolò nicolo ottavio paolo
    pasquale pierluigi pierpaolo piero pietro raffaele renato renzo riccardo rocco romano salvatore
    sandro sergio silvio stefano tommaso tullio ugo umberto valentino vincenzo vittorio beppe
    """
    # Spanish, Catalan, Latin American
    """
    adolfo adrián agustín alejandro alfonso álvaro alvaro andrés andres ángel armando arturo
    benjamín carles césar cesar cristóbal cristian diego eduardo emilio enrique ernesto esteban
    fabián federico felipe fidel francisco gerardo gonzalo guillermo gustavo héctor hector hernán
    hernan horacio ignacio íñigo inigo iván jaime javier joaquín joaquin jordi josep julio lamine
    leopoldo luis marcelo marcos mariano martín mateo mauricio miguel néstor nestor nicolás octavio
    oriol óscar pablo pere rafael ramón ramon raúl ricardo rodrigo rubén ruben sebastián sergio
    tomás vicente víctor xabi evo nayib diosdado edmundo yamandú gabriel alberto ollanta iván álvaro
    gustavo jovenel laurentino
    """
    # Portuguese and Brazilian
    """
    afonso antónio alexandre bernardo carlos cristiano diogo duarte eduardo fábio filipe flávio
    gonçalo guilherme henrique jair joão joao luís luiz marcelo mário nuno paulo rui sérgio thiago
    tiago vasco vítor vitor geraldo gilberto cláudio claudio anderson vinícius vinicius neymar
    ronaldo rodrygo alisson ederson lula inácio venâncio
    """
    # Polish
    """
    adam andrzej arkadiusz artur bartosz bogdan bogusław boguslaw bronisław bronislaw czesław
    czeslaw damian dariusz dawid grzegorz henryk jacek jakub janusz jarosław jaroslaw jerzy józef
    jozef kamil karol kazimierz konrad krystian krzysztof lech leszek łukasz lukasz maciej marcin
    marek mateusz michał mikołaj mikolaj mirosław miroslaw patryk paweł pawel piotr przemysław
    przemyslaw radosław radoslaw rafał rafal ryszard sławomir slawomir stanisław stanislaw szymon
    tadeusz tomasz wacław waclaw waldemar wiesław wieslaw witold władysław wladyslaw wojciech
    zbigniew zdzisław zygmunt
    """
    # Czech and Slovak
    """
    aleš antonín antonin bedřich bohuslav dušan dusan eduard jaroslav jindřich jiří jiri josef juraj
    karel ladislav libor lubomír ľubomír luboš lubos ľudovít marián matěj matej matúš matus mikuláš
    miloš milos miroslav ondřej ondrej pavel petr radek radim rudolf šimon stanislav štefan tibor
    tomáš václav vaclav vít vladimír vojtěch zdeněk zdenek jozef ján andrej igor
    """
    # Hungarian
    """
    attila balázs balazs béla bela csaba dániel dávid ervin ferenc gábor gabor gergely géza geza
    györgy gyorgy imre istván istvan jános janos jenő józsef jozsef károly karoly krisztián lajos
    lászló laszlo levente márton marton mihály mihaly miklós miklos pál péter róbert sándor sandor
    szabolcs tamás tamas zoltán zoltan zsolt
    """
    # Croatian, Serbian, Bosnian, Slovenian, Macedonian, Albanian
    """
    aleksandar alija andrej bakir borut boris branko damir darko dejan dragan dragan duško edin edi
    elvis franjo goran haris hashim hristijan ibrahim ilir ivica ivo jakov janez josip jovan kemal
    luka marjan marko milo milojko milorad miloš mladen nebojša nebojsa nemanja nenad novak petar
    predrag primož primoz radovan ramush ratko safet sali sead senad slobodan srđan srdjan stevo
    stipe tadej tomislav uroš uros vojislav vuk zlatko zoran zvonimir željko zeljko albin aleksander
    mirsad nermin adnan anže edi žiga ziga matej
    """
    # Romanian and Moldovan
    """
    adrian alexandru bogdan călin calin cătălin catalin constantin corneliu crin dacian dorin dragoș
    dragos florin gheorghe horia ilie iulian liviu lucian marian mihai mircea nicolae nicușor
    nicusor ovidiu petru radu răzvan razvan remus sorin ștefan teodor traian tudor valeriu vasile
    victor vlad
    """
    # Greek and Cypriot
    """
    adonis akis alexandros andreas angelos antonis apostolos athanasios christos demetris dimitrios
    dimitris evangelos georgios giannis giorgos glafcos ioannis kostas konstantinos kyriakos
    lefteris makis manolis michalis nikolaos nikos nicos panagiotis pavlos petros prokopis sotiris
    spyros stavros stefanos stelios takis tassos thanasis theodoros vasilis vangelis yannis yanis
    """
    # Russian, Ukrainian, Belarusian (German and English spellings)
    """
    alexej aleksei aleksej oleksij oleksiy oleksandr olexander aleksandr anatoli anatolij anatoly
    andrei andrij andriy arkadi arkady arsenij arseniy artjom artem artyom danylo denys dmitrij
    dmytro fjodor fyodor fedir gennadi gennady grigori grigorij grigory heorhij ihor ilja ilya iwan
    jakow jaroslaw jegor yegor jewgeni jewgenij yevgeny yevgeniy evgeny jurij juri yuri yury yuriy
    kirill kyrylo konstantin leonid lew maxim maksim maksym matwej michail mychajlo mykhailo mykola
    nikita nikolaj oleg oleh pawlo pavlo petro pjotr pyotr ramsan ramzan ruslan rustem semjon semyon
    sergej serhij serhiy stanislaw taras timofei vadim wadim valeri valerij valery valeriy vasily
    vasyl wassili vitali vitalij vitaly vitaliy witali vladislav wladislaw vyacheslav wjatscheslaw
    yakov yaroslav zakhar wolodymyr volodymyr wladimir garri garry arkadij
    """
    # Baltic
    """
    gitanas gabrielius vytautas valdas algirdas kęstutis mindaugas saulius rimantas darius arvydas
    gintautas edgars krišjānis egils raimonds andris valdis artis jānis janis alar toomas jüri
    margus urmas hanno taavi andrus lennart siim
    """
    # Caucasus and Central Asia
    """
    nikol serzh vahagn ararat ilham heydar jeyhun hikmet irakli bidzina mikheil giorgi shavkat
    emomali gurbanguly sadyr almazbek kassym
    """
    # Turkish
    """
    abdullah ahmet arda aydın aydin bahadır baran barış baris berat berkay binali bülent bulent
    burak cem cemal cemil cengiz cihan çağatay doğan dogan efe ekrem emre enes engin erdal ergün
    erhan erkan ersin ertuğrul fatih ferhat feridun furkan gökay gökhan gokhan hakan halil hamit
    hasan hüseyin huseyin ilkay ilker ismail kaan kadir kemal kenan kerem koray levent mahir mahmut
    mansur mehmet mert mesut metin mevlüt murat mustafa necati nihat nuri oğuz oguz okan onur orhan
    osman ömer omer özcan ozcan özgür ozgur ramazan recep reşat rıza sabri sadık selahattin selim
    serdar serkan sinan süleyman suleyman tarkan tayyip timur tuncay tuncer turgut turan ufuk uğur
    ugur umut ünal volkan yasin yavuz yılmaz yilmaz yusuf zafer zeki muhammet muhammed mazlum
    """
    # Kurdish
    """
    azad ciwan diyar hozan kawa rêber reber rezan serhat sherwan shervan masrour nechirvan jalal
    bafel qubad masoud massud aram
    """
    # Arabic (German and English transliterations)
    """
    abbas abdallah abdel abdelaziz abdelfattah abdelkader abdelmadjid abdoulaye abdul abdulaziz
    abdullah abdulla abdulrahman abdurrahman achmed ahmed ahmad alaa ammar amr anas anwar ayman
    bashar baschar bilal chalid emad fadi fahd faisal feisal farid fouad fuad gamal ghassan hafez
    hamad hamdan hamid hamza hani hassan hatem hazem hesham hisham hosni husam hussam hussein husain
    hussain houssein ibrahim idris ilyas imad ismael ismail jamal jamil jassim jassir kais karim
    kareem khaled khalid khalifa khalil mahdi mahmoud mahmud majid madschid malik mansour marwan
    moammar mohamad mohamed mohammad mohammed mohammad mohsen mostafa moustafa muammar muhammad
    muhammed muqtada mustafa nabih nabil nader naif najib nadschib naji nasser naser nasir nawaf
    nayef nizar nouri omar osama usama qais qassem rafik rafiq rami rashid raschid saad sabri saddam
    saeb saif salah saleh salih salim salman sami samir samer tamer tamim tarek tariq tarik tawfik
    turki umar wael walid waleed wissam yahya yasser yasir youssef yousef yousuf yusuf yunus zakaria
    zayed ziad ammar abdelilah abdelmalek hakim halim haroun harun hadi moussa musa issa jibril
    marwan
    """
    # Persian, Afghan, Pakistani
    """
    ahmad amir arash ardeshir ashraf babak bahman behrouz bijan cyrus dariush ebrahim ehsan farhad
    farshid hamed hossein iraj jafar javad jamshid kaveh kourosh majid masoud mehdi mehran mohsen
    morteza navid nima omid parviz payam peyman pouya ramin reza ruhollah saeed sajjad shahin
    shahram siamak sohrab hibatullah zabihullah sirajuddin imran nawaz shehbaz bilawal asif pervez
    asim abdul
    """
    # Hebrew and Israeli
    """
    aharon amos avi avigdor avraham bezalel chaim dov doron ehud eitan elad etgar eyal gadi gideon
    gilad hagai haim hersh ilan itamar itzik kfir lior matan meir menachem mordechai moshe naftali
    nir noam ofer omer oren ori reuven ronen shaul shimon shlomo shmuel tomer uriel yaakov yair
    yehuda yigal yitzhak jitzchak yoav yonatan yoni yosef yossi yuval zvi tzvi
    """
    # Indian, Sri Lankan, Bangladeshi
    """
    aamir abhishek aditya ajay ajit akash akhilesh alok amartya amit amitabh anand anil ankit anup
    anura arjun arun arvind ashok ashwini atal azim deepak dinesh gautam ganesh gopal gotabaya
    hardeep harish jagdish jagmeet jawaharlal karan mahendra mahinda mallikarjun manmohan manoj
    mohan mohandas mukesh nandan narendra neeraj nitin nitish pankaj piyush pradeep prakash pranab
    rahul rajesh rajiv rajnath rakesh ramesh ranil ratan ravi rohit sachin sandeep sanjay santosh
    sharad shashi shantanu shiv sitaram subrahmanyam sunil suresh sushil uddhav vijay vikram vinod
    virat vivek raghuram tharman
    """
    # Japanese, South-East Asian
    """
    akihito akio daisuke fumio haruki hayao hideki hideo hirokazu hiroki hiroshi ichiro itsunori
    junichiro katsunobu kazuo kazuki kenichi kenji kenta kentaro kiyoshi koichi koji kunio makoto
    masahiro masashi masato masayoshi minoru naoki naoto naruhito nobuo noboru osamu ryota satoshi
    shigeru shinjiro shinzo shohei shuichi tadashi takashi takeshi takumi taro tetsuya toshimitsu
    tsuyoshi yasuhiro yasuo yoshihide yoshihiko yoshimasa yuji yukio yusuke ryoyu hirohito joko
    prabowo gibran susilo anies anwar mahathir aung
    """
    # African (names as written in news)
    """
    abiy alassane amadou assimi atiku bassirou bola boubacar cheikh chinua cyril desmond emmerson
    evariste félix felix fikile goodluck gwede hage hakainde haile idriss isaias jomo kgalema kofi
    kwame lazarus macky mahamadou mahamat mamadou mmusi mokgweetsi muhammadu mwai olusegun oumar
    pravin raila riek salva seydou sipho souleymane sékou sekou thabo themba uhuru wole yoweri bobi
    eliud kenenisa sadio didier yaya naby serhou kingsley bongani mandla sibusiso thulani vusi enoch
    tedros bheki andry umaro mamady ibrahima abdourahamane moctar aliou ismaël salif fela youssou
    jacob
    """
    # more German, Austrian and Swiss names in politics, business and culture
    """
    joschka tino kaweh danyal raed karamba awet tareq thies rezzo kassem gustl
    """
    # more English names (US, UK, Irish, Canadian) and Dutch/Belgian/Scandinavian names
    """
    dan marty thom zohran ahmaud trayvon mervyn vaughan zia henri eelco eddy sybrand lodewijk
    diederik virgil frenkie matthijs arjen guus jos romelu jérémy jeremy remco sammy baudouin pål
    kristian nicolai audun thorbjørn ove edvard roald fridtjof haakon olav jarl sturla tarjei vetle
    kjetil aksel martti urho mauno aki eero oskari juhani veikko ilmari ásgeir dagur gylfi heimir
    """
    # more French, Italian, Spanish, Portuguese, Latin American names
    """
    lucien gaston régis regis stanislas jules théo gennaro attilio piersilvio alfredo orazio
    giovanbattista marcell gregorio ciro dino gigi alcide bettino iker xavi julen unai mikel pep
    dani florentino román julián lautaro emiliano tarcísio gilmar aníbal rúben
    """
    # more Polish, Czech, Slovak, Hungarian, Bulgarian, Baltic, Albanian, Balkan names
    """
    mariusz włodzimierz wlodzimierz zbyněk lukáš tomio mirek jaromír patrik gustáv ludvík klement
    bohumil zdeno antal kristóf áron endre gyula árpád rumen bojko boyko kiril galab dimitar assen
    delyan krassimir krasimir stojan stoyan todor georgi plamen ognjan ognyan tsvetan hristo kadri
    fatmir bujar arben besnik blerim agim ardian arber dritan ermal fatos genti kujtim lulzim valon
    shkodran xherdan talat zdravko tomas laurynas andrius arturs artūrs ainārs māris kristaps
    """
    # more Russian, Ukrainian, Belarusian, Caucasus, Central Asian names
    """
    wiktor daniil aslan marat alischer alisher walerij wassyl bohdan stepan sjarhej wiktar waleryj
    ales raman mikalaj alexandr levan zurab kakha khvicha davit tigran levon vazgen ramiz kamchybek
    rustam daniyar askar nurlan akhmat zelimkhan
    """
    # more Turkish, Kurdish, Arabic, Persian, Hebrew names
    """
    devlet numan yaşar yasar fahrettin cevdet bekir sırrı sirri ümit umit muharrem sezgin ferdi
    orkun şenol senol cenk rüştü hatip naim hashem asaad murhaf mazloum esmail mojtaba toomaj
    shervin sameh badr naguib gebran wafiq maher yassin moqtada haidar rashad fayez aguila beji
    moncef rached boualem achraf yassine noussair sofyan brahim tahar abdellatif abdalla motaz
    refaat basem izzat aziz tzachi herzi avichai amichai yariv yarden ohad eliya avinatan alon
    evyatar segev edan itay elkana
    """
    # more South and East Asian names
    """
    tejashwi kamal naveen chandrababu jagdeep shaktikanta sanjiv narayana parag abhijit kaushik
    amitav shubman jasprit gukesh viswanathan ranveer ranbir hrithik akshay tarique sajith ishaq
    gulbuddin ganjar benigno manny luong muhyiddin hisahito fumihito yoji seiji yuichiro haruhiko
    masaaki kenzaburo yasunari ryuichi kei yuzuru takefusa kaoru wataru hajime daichi ritsu shinji
    gotoku yuya keisuke takehiro junya hu hou hsiao su
    """
    # more African names
    """
    rigathi kithure tundu faustin yemi kashim tidjane kizza muhoozi mengistu hailemariam taye
    debretsion getachew ademola nwankwo nnamdi akinwumi aliko mahamudu abedi kwesi kwaku kojo yaw
    kalidou idrissa abdou kolo choguel toumani modibo apollinaire cellou moïse moise corneille
    sultani constantino saulos samora adalberto hifikepunye seretse gayton velenkosini senzo
    mangosuthu abdirahman
    """
).split())

FEMALE_FIRST = frozenset((
    # German
    """
    adelheid agnes amelie anett anette anke annemarie annemie antje antonia astrid bärbel barbel
    berit berta bertha birte brigitte carola carolin caroline christel christiane cordula cornelia
    dörte dorte edda edeltraud elfriede elke elsbeth emilia erna esther franka frauke frieda
    friederike gabi gaby gerda gerlinde gertrud gesa gesine gitta grete greta gundula hanna
    hannelore hedwig heidemarie heidrun helene henrike herta hildegard hilde imke ina inge ingeborg
    irmgard isolde jana jasmin jule jutta karola karoline katarina katrin kerstin kira klara klaudia
    kornelia kristin liane lieselotte liesel lisa lotte luise magdalena maike mareike maren
    margarethe margot marianne marietta marlies marita mechthild meike merle mirja nadja nele petra
    ramona regina regine renate ricarda rosemarie rosi sabina saskia senta sibylle sieglinde sigrid
    silke sonja steffi susanne swenja tatjana thea trude ulrike ursel uschi verena viktoria waltraud
    wiebke wilma yasmin edith gudula herlinde irmtraud ingrid annett dunja maybrit marietta caren
    pinar jessy heidi helene lilo lena nina nena veronika liselotte katja constanze konstanze malu
    manuela svenja franziska bettina beatrix
    """
    # Austrian and Swiss
    """
    leonore karoline sigrid doris beate vreni trudi fabienne seraina ladina corina nadia simonetta
    micheline eveline viola ruth mattea magdalena
    """
    # Dutch, Flemish
    """
    anouk annemiek els famke femke fenna fleur hadja ilse janneke jolanda lieke marieke marloes
    merel mieke mirjam sanne sietske tineke wilhelmina amalia beatrix juliana máxima mieke rianne
    sylvana dilan kajsa sigrid zuhal annelies tinne ludivine
    """
    # Scandinavian, Finnish, Icelandic
    """
    agneta aino anneli åsa asa birgitta camilla dorthe ebba elina frida gro gunilla hanne inger
    ingvild johanna kaisa katri katrín kerstin kirsi kirsten leena liisa lise linnea liv lotta
    magdalena malin margrethe marit märta mette minna päivi pernille ragnhild riikka riitta sanna
    sari satu silje sissel siv solveig sofie tarja tiina trine tuula ulrika unni vibeke ylva jóhanna
    svandís lilja inga kristrún halla þórdís bodil birthe erna greta annika
    """
    # English
    """
    abigail ada adele agatha aileen alana alexandria alma amelia angie annie ashleigh audrey ava
    beatrice becky belinda bernadette bernice beth betsy betty beverly billie bonnie brenda brittany
    brooke camilla candace carly carolyn carrie cassandra cathy charlene cheryl cindy colleen
    condoleezza constance cynthia daphne davina deborah deirdre delia diane dianne dolly donna
    doreen dorothy edna edwina eileen elaine eleanor eliza ella ellie eloise elsie enid ethel eunice
    felicity fiona frances gail gemma geraldine gertrude ghislaine gillian gina gladys glenda gloria
    gretchen gwen gwendolyn gwyneth harriet henrietta hilary imogen ivanka jacqueline janice jasmine
    jeanette jeanne jenna jenny jill jocelyn jodie jolene josephine joyce judy juliet justine kamala
    katie katy kayla kayleigh keira kimberly kirsty kristi kylie leanne lillian lorna lucille lydia
    mabel madeleine madeline maggie marcia marilyn marjorie marsha matilda maureen mavis maxine
    megan meghan melania melinda melissa meredith meryl mildred millie miranda miriam molly muriel
    myra nancy naomi natasha nikki nora oprah ophelia paige patsy patti patty pauline peggy penelope
    philippa phoebe phyllis polly priscilla rachel rebecca rhonda roberta rosalind roxanne sadie
    sally samantha scarlett sheila shelley shirley sonia stella susie suzanne sybil tammy tanya tara
    thelma tiffany tulsi valerie veronica vicky victoria wendy whitney wilma yvette ketanji letitia
    kristi nikki marjorie kathy tammy kyrsten alexandria rashida ayanna kellyanne karine jill malia
    chrystia jacinda mélanie danielle suella priti kemi bridget shabana zarah angela yvette siobhán
    siobhan sinéad sinead aoife niamh saoirse róisín roisin orla mairead gráinne nuala greta adele
    beyoncé rihanna selena ariana miley britney khloé kourtney serena coco naomi madeleine
    """
    # French
    """
    agnès aline amandine amélie amelie annick aurélie aurelie bernadette brigitte cécile cecile
    céline celine chantal clémence clemence colette delphine edith élisabeth élodie elodie éloïse
    émilie emilie emmanuelle françoise francoise frédérique gaëlle geneviève genevieve ghislaine
    hélène helene isabelle jacqueline jeanne josiane juliette laetitia laure léa léonie louise
    madeleine manon margaux marguerite martine mathilde michèle mireille monique muriel nathalie
    océane odile pascale pauline rachida sandrine ségolène segolene solène sophie suzanne sylvie
    thérèse valérie valerie véronique veronique virginie yvette angélique angelique ludivine
    """
    # Italian
    """
    alessandra antonella arianna beatrice benedetta camilla caterina chiara donatella elisa elly
    federica franca giovanna giulia giuseppina ilaria letizia lucia margherita paola raffaella
    roberta serena simona tiziana valentina valeria vittoria mara
    """
    # Spanish, Catalan, Latin American, Portuguese
    """
    adriana alejandra amparo ángela begoña beatriz blanca camila catalina concepción consuelo delcy
    dilma dolores esperanza eugenia fernanda gabriela guadalupe inés josefina juana letizia lorena
    lucía marcela mariana marisol marta milagros mónica natalia paloma pilar raquel rocío sofía
    soledad susana verónica ximena xiomara yolanda joana catarina gisele graça dina yulimar inês
    """
    # Polish
    """
    agata agnieszka aleksandra alicja beata bożena bozena danuta dorota elżbieta elzbieta ewa
    grażyna grazyna halina irena iwona izabela jadwiga janina jolanta justyna katarzyna kinga
    klaudia krystyna lucyna małgorzata malgorzata marzena paulina renata stanisława sylwia urszula
    wanda weronika wioletta wisława zofia zuzanna iga
    """
    # Czech, Slovak, Hungarian
    """
    alena barbora dagmar denisa hana iveta ivana jarmila jitka kateřina katerina katarína klára
    kristýna lenka ludmila markéta marketa michaela milada pavla radka šárka sarka tereza věra
    vlasta zdeňka zuzana mária ágnes agnes anikó emese enikő erzsébet erzsebet eszter éva gabriella
    hajnalka ildikó ildiko ilona irén judit katalin klára krisztina magdolna márta melinda mónika
    noémi nóra orsolya piroska réka reka renáta szilvia tímea valéria zsófia zsofia zsuzsa zsuzsanna
    dóra boglárka beáta
    """
    # South Slavic, Romanian, Greek
    """
    biljana branka danijela dragana gordana jasna jelena kolinda ljiljana marija milica mirjana
    nataša natasa olivera snežana snezana sanja svetlana vesna zorica amra azra lejla selma emina
    aida mersiha vjosa alenka janja urška urska špela spela mojca anca andreea doina ioana irina
    iulia liliana loredana mădălina madalina maia mihaela oana raluca roxana violeta viorica eleni
    athina angeliki aikaterini dimitra evangelia kalliopi konstantina paraskevi theodora despina
    ioanna vasiliki melina fofi
    """
    # Russian, Ukrainian, Belarusian, Baltic, Caucasus
    """
    alina anastasia anastassija darja daria darya elwira galina halyna inna jekaterina yekaterina
    ekaterina jelena yelena jewgenija kateryna ksenia ksenija xenia larissa larisa ljudmila lyudmila
    ljubow lyubov nadeschda nadezhda nadija nadiya natalja oksana olena olha oleksandra polina
    raissa raisa schanna zhanna sofija swetlana tetjana tetiana tatiana uljana ulyana walentina
    valentina wera marija iryna yulia julija ingrida dalia evika kersti kaja salome mehriban maria
    """
    # Turkish, Kurdish
    """
    ayla aylin ayşe ayse aysel ayten aydan belkıs büşra busra cansu çağla derya dilek ebru elif emel
    emine esra fatma figen filiz gülsen gülşen gulsen hande hatice hülya hulya meral melek melike
    nazlı nesrin nilüfer oya özlem ozlem pervin pınar rabia selin semra serap sevda sevgi sevim
    sibel songül tuğba tülay tulay yasemin zehra zeynep lamya leyla berivan delal rojda rojin helin
    jiyan mizgin narin
    """
    # Arabic, Persian, Afghan
    """
    aisha aischa ayesha amina amira asma aya dalia farah fatima fatemeh ghada habiba hanan hiba heba
    huda jamila djamila karima khadija latifa layla leila lina loubna maha malala malika manal
    maryam mariam mona nabila nadia nawal nour rachida rana rania rasha reem salma samia samira
    sawsan soraya suad wafa yara yasmina zainab zeinab zahra zeina hasina khaleda benazir afsaneh
    azadeh fereshteh golshifteh jaleh ladan mahnaz mahsa mina mitra nahid narges nasrin neda
    niloufar parisa roya sahar shadi shirin simin soheila taraneh
    """
    # Hebrew
    """
    avital ayelet einat galit golda hadas hila inbal irit keren liat limor merav miri naama noa orit
    osnat rivka ronit sarit shira shiri sigal tali tamar tzipi yael yifat efrat anat
    """
    # Indian, East Asian, African
    """
    aishwarya anjali arundhati deepa deepika divya droupadi geeta gita indira kavita lakshmi mamata
    meena neha nirmala nisha pooja preeti priyanka radha rekha sangeeta shreya sita smriti sneha
    sunita swati usha vandana akshata akie akiko ayumi emi haruka hiroko kaori kazuko keiko kumiko
    mariko masako michiko noriko sachiko sanae tomoko yoko yoshiko yuko yumi yumiko yuriko megawati
    imelda corazon leni retno aminata awa chimamanda fatou fatoumata graça lindiwe mariama mbali
    miriam naledi netumbo ngozi nkosazana nomvula oumou samia thandeka thandi wangari winnie zindzi
    angélique
    """
    # more German and Austrian names
    """
    dora edelgard lale serpil canan cansel ekin muhterem zanda katherina josefine tamara theresia
    meşale mesale
    """
    # more English, Irish, Dutch, Belgian, Scandinavian names
    """
    ashley lynn shannon sharon elise pam jen deb stacey breonna fani arlene eluned marjolein ayaan
    ireen dafne nafi romina nooshi sylvi kirsti marte anniken märtha therese tove vigdís þorgerður
    áslaug
    """
    # more French, Italian, Spanish, Portuguese, Latin American names
    """
    camille noor najat aurore prisca rima lucie clémentine édith yaël luciana ginevra flavia tania
    ione margarita arancha garbiñe aitana alexia mireia jenni karina xóchitl francia maría cármen
    celia
    """
    # more Central and Eastern European, Baltic, Caucasus names
    """
    magda dominika karolína ester libuše katinka annita evghenia iliana mariya kristalina blerta
    drita teuta arta besa vilija viktorija baiba inese vaira arzu wiktoria jaroslawa dajana anhelina
    lesja ruslana jamala natalija ljudmyla swjatlana sviatlana maryja weranika dinara
    """
    # more Turkish, Kurdish, Arabic, Persian, Hebrew names
    """
    sümeyye sebahat gültan razan tawakkol najla leïla bisan jina nazanin fawzia zarifa gali romi
    agam liri daniella arbel einav
    """
    # more South and East Asian, African names
    """
    sudha jhumpa kalpana saina sania alia katrina harini sushila aiko yayoi tirunesh genzebe
    letesenbet almaz obiageli akua abena aïssata jeannette yolande charlize reeva duduzile jessie
    leymah francine
    """
).split())

NEUTRAL_FIRST = frozenset((
    # unisex given names
    """
    deniz robin nikola claude dominique kari toni ariel alex charlie sam michal
    """
    # family names written first: Chinese, Korean, Vietnamese, Taiwanese
    """
    xi li zhang liu chen yang zhao huang zhou wu xu zhu guo lin luo gao zheng liang xie deng feng
    cao peng zeng xiao tian dong cai jiang cheng wei shen zhong cui qin lai tsai mao qiao hua geng
    kuo chiang yao lee choi yoon cho kang kwon hwang ahn shin yoo chung lim bae baek ryu choe nguyen
    tran pham
    """
    # unisex in news, mostly men's
    """
    niki nino
    """
).split())

ALL_FIRST = MALE_FIRST | FEMALE_FIRST | NEUTRAL_FIRST
